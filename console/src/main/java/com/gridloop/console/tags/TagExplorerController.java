package com.gridloop.console.tags;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.gridloop.console.web.Interval;
import com.gridloop.console.web.ServiceException;
import com.gridloop.console.web.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A numeric tag's distribution by the groups of another tag, from profile's group
 * comparison: each group's mean with its interval, quartiles, and the pairwise contrasts.
 * Observational: the caveat the service gives is shown with it.
 */
@Controller
record TagExplorerController(Services services) {

	@GetMapping("/tags")
	String explore(@RequestParam(required = false) String tag, @RequestParam(required = false) String groupBy,
			Model model) {
		model.addAttribute("tags", this.services.list("profile", "/api/v1/tags"));
		model.addAttribute("tag", tag);
		model.addAttribute("groupBy", groupBy);
		if (tag != null && !tag.isBlank() && groupBy != null && !groupBy.isBlank()) {
			try {
				Map<String, Object> stats = this.services.object("profile",
						"/api/v1/tags/" + UriUtils.encodePathSegment(tag, StandardCharsets.UTF_8) + "/stats?groupBy="
								+ UriUtils.encodeQueryParam(groupBy, StandardCharsets.UTF_8));
				model.addAttribute("stats", stats);
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> groups = (List<Map<String, Object>>) stats.getOrDefault("groups", List.of());
				model.addAttribute("bars",
						Interval.onOneScale(groups.stream()
							.map(g -> new Interval.Row(String.valueOf(g.get("group")), num(g.get("mean")),
									num(g.get("meanCiLow")), num(g.get("meanCiHigh"))))
							.toList()));
			}
			catch (ServiceException refused) {
				model.addAttribute("problem", refused.getMessage());
			}
		}
		return "tags";
	}

	private static double num(Object value) {
		return value instanceof Number n ? n.doubleValue() : Double.NaN;
	}

}
