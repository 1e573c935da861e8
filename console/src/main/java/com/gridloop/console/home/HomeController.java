package com.gridloop.console.home;

import java.util.List;
import java.util.Map;

import com.gridloop.console.web.Services;
import com.gridloop.console.web.UserRoles;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The loop at a glance: the latest batches with their quality, the last nightly run,
 * running campaigns, open identity reviews and tasks. Each block only for the roles that
 * work with it.
 */
@Controller
record HomeController(Services services) {

	@GetMapping("/")
	String home(Authentication user, Model model) {
		boolean data = UserRoles.hasAny(user, "ADMIN", "ANALYST");
		boolean campaigns = UserRoles.hasAny(user, "ADMIN", "ANALYST", "MARKETER");
		if (data) {
			Map<String, Object> page = this.services.objectOrNull("ingestion", "/api/v1/batches?size=5");
			List<?> batches = page == null ? null : (List<?>) page.get("content");
			model.addAttribute("batches", batches);
			if (batches != null) {
				model.addAttribute("quality", batches.stream()
					.map(b -> (Map<?, ?>) b)
					.filter(b -> "COMPLETED".equals(b.get("status")))
					.collect(java.util.stream.Collectors.toMap(b -> String.valueOf(b.get("id")), b -> worst(
							this.services.listOrNull("ingestion", "/api/v1/batches/" + b.get("id") + "/quality")))));
			}
			List<Map<String, Object>> reviews = this.services.listOrNull("ingestion",
					"/api/v1/identity/reviews?status=OPEN&size=1000");
			model.addAttribute("openReviews", reviews == null ? null : reviews.size());
		}
		if (data || campaigns) {
			List<Map<String, Object>> runs = this.services.listOrNull("profile", "/api/v1/segmentation/runs");
			model.addAttribute("lastRun", runs == null || runs.isEmpty() ? null : runs.get(0));
		}
		if (campaigns) {
			List<Map<String, Object>> all = this.services.listOrNull("strategy", "/api/v1/campaigns");
			model.addAttribute("running",
					all == null ? null : all.stream().filter(c -> "LAUNCHED".equals(c.get("status"))).toList());
		}
		model.addAttribute("tasks", this.services.objectOrNull("reach", "/api/v1/tasks/stats"));
		return "home";
	}

	/** The worst status of a batch's quality measures: FAIL, WARN or PASS. */
	private static String worst(List<Map<String, Object>> measures) {
		if (measures == null || measures.isEmpty()) {
			return "";
		}
		List<String> statuses = measures.stream().map(m -> String.valueOf(m.get("status"))).toList();
		return statuses.contains("FAIL") ? "FAIL" : statuses.contains("WARN") ? "WARN" : "PASS";
	}

}
