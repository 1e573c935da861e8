package com.gridloop.console.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gridloop.console.web.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The identity engine's doubtful pairs from ingestion: the incoming record and the
 * candidate customer side by side, each field's level and match weight, and the decision
 * (accept links or merges, reject remembers the pair as different).
 */
@Controller
record IdentityReviewController(Services services) {

	/**
	 * The fields the engine compares, with the record's and the customer's names for
	 * them.
	 */
	static final List<String[]> FIELDS = List.of(new String[] { "NAME", "name", "name" },
			new String[] { "PHONE", "phone", "phone" }, new String[] { "ADDRESS", "address", "address" },
			new String[] { "REGION", "regionCode", "regionCode" },
			new String[] { "ACCOUNT", "accountNo", "customerNo" });

	@GetMapping("/identity")
	String reviews(Model model) {
		List<Map<String, Object>> reviews = this.services.list("ingestion",
				"/api/v1/identity/reviews?status=OPEN&size=20");
		List<Map<String, Object>> pairs = new ArrayList<>();
		for (Map<String, Object> review : reviews) {
			Map<String, Object> customer = this.services.objectOrNull("ingestion",
					"/api/v1/customers/" + review.get("candidateCustomerId"));
			pairs.add(Map.of("review", review, "rows", rows(review, customer == null ? Map.of() : customer)));
		}
		model.addAttribute("pairs", pairs);
		return "identity";
	}

	@PostMapping("/identity/reviews/{id}/decision")
	String decide(@PathVariable long id, @RequestParam boolean accept) {
		this.services.post("ingestion", "/api/v1/identity/reviews/" + id + "/decision", Map.of("accept", accept));
		return "redirect:/identity?decided=" + id;
	}

	/**
	 * One row per field: the record's value, the customer's, the level and the weight.
	 */
	private static List<Map<String, Object>> rows(Map<String, Object> review, Map<String, Object> customer) {
		Map<?, ?> record = review.get("record") instanceof Map<?, ?> m ? m : Map.of();
		Map<?, ?> explanation = review.get("explanation") instanceof Map<?, ?> m ? m : Map.of();
		List<?> fields = explanation.get("fields") instanceof List<?> l ? l : List.of();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String[] field : FIELDS) {
			Map<?, ?> contribution = fields.stream()
				.map(f -> (Map<?, ?>) f)
				.filter(f -> field[0].equals(f.get("field")))
				.findFirst()
				.orElse(Map.of());
			Map<String, Object> row = new java.util.HashMap<>();
			row.put("field", field[0]);
			row.put("record", record.get(field[1]));
			row.put("customer", customer.get(field[2]));
			row.put("level", contribution.get("level"));
			row.put("weight", contribution.get("weight"));
			rows.add(row);
		}
		return rows;
	}

}
