package com.gridloop.console.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.console.web.Interval;
import com.gridloop.console.web.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Campaigns from strategy and their results from evaluation: the uplift of conversion
 * with its interval and the always-valid one, breakdowns with Benjamini-Hochberg adjusted
 * p-values, and a warning when the arms' split is implausible (SRM).
 */
@Controller
class CampaignsController {

	private final Services services;

	CampaignsController(Services services) {
		this.services = services;
	}

	@GetMapping("/campaigns")
	String list(Model model) {
		model.addAttribute("campaigns", this.services.list("strategy", "/api/v1/campaigns"));
		return "campaigns";
	}

	@GetMapping("/campaigns/{id}")
	String results(@PathVariable UUID id, Model model) {
		Map<String, Object> campaign = this.services.object("strategy", "/api/v1/campaigns/" + id);
		model.addAttribute("campaign", campaign);
		Map<String, Object> result = "LAUNCHED".equals(campaign.get("status"))
				? this.services.objectOrNull("evaluation", "/api/v1/campaigns/" + id + "/results") : null;
		model.addAttribute("result", result);
		if (result != null) {
			List<Interval.Row> overall = new ArrayList<>();
			overall.add(new Interval.Row("uplift", num(result, "uplift"), num(result, "upliftCiLow"),
					num(result, "upliftCiHigh")));
			if (Double.isFinite(num(result, "sequentialCiLow")) && Double.isFinite(num(result, "sequentialCiHigh"))) {
				overall.add(new Interval.Row("sequential", num(result, "uplift"), num(result, "sequentialCiLow"),
						num(result, "sequentialCiHigh")));
			}
			model.addAttribute("overall", Interval.onOneScale(overall));
			List<Map<String, Object>> breakdowns = new ArrayList<>();
			for (String kind : List.of("bySegment", "byChannel", "byOffer")) {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> rows = (List<Map<String, Object>>) result.getOrDefault(kind, List.of());
				List<Interval> bars = Interval.onOneScale(rows.stream()
					.map(r -> new Interval.Row(String.valueOf(r.get("key")), num(r, "uplift"), num(r, "ciLow"),
							num(r, "ciHigh")))
					.toList());
				for (int i = 0; i < rows.size(); i++) {
					breakdowns.add(Map.of("kind", kind, "row", rows.get(i), "bar", bars.get(i)));
				}
			}
			model.addAttribute("breakdowns", breakdowns);
		}
		return "campaign";
	}

	private static double num(Map<?, ?> map, String key) {
		Object v = map.get(key);
		return v instanceof Number n ? n.doubleValue() : Double.NaN;
	}

}
