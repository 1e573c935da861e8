package com.gridloop.console.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.gridloop.console.web.Interval;
import com.gridloop.console.web.Services;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Campaigns from strategy and their results from evaluation: the uplift of conversion
 * with its interval and the always-valid one, breakdowns with Benjamini-Hochberg adjusted
 * p-values, a warning when the arms' split is implausible (SRM), the kWh shift over time
 * and what the learning now prefers.
 */
@Controller
record CampaignsController(Services services, MessageSource messages) {

	@GetMapping("/campaigns")
	String list(Model model) {
		model.addAttribute("campaigns", this.services.list("strategy", "/api/v1/campaigns"));
		return "campaigns";
	}

	@GetMapping("/campaigns/{id}")
	String results(@PathVariable UUID id, @RequestParam(defaultValue = "DAY") String grain, Locale locale,
			Model model) {
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
			String weekly = "WEEK".equals(grain) ? "WEEK" : "DAY";
			model.addAttribute("grain", weekly);
			model.addAttribute("shiftChart",
					CampaignInsights.loadShiftChart(
							this.services.objectOrNull("evaluation",
									"/api/v1/campaigns/" + id + "/results/load-shift?grain=" + weekly),
							this.messages.getMessage("campaign.treatment", null, locale),
							this.messages.getMessage("campaign.control", null, locale)));
			List<Map<String, Object>> learning = this.services.listOrNull("strategy", "/api/v1/learning");
			model.addAttribute("learnedOffers", CampaignInsights.offers(learning));
			model.addAttribute("learnedCells", CampaignInsights.cells(learning, (String) campaign.get("offerCode")));
		}
		return "campaign";
	}

	private static double num(Map<?, ?> map, String key) {
		Object v = map.get(key);
		return v instanceof Number n ? n.doubleValue() : Double.NaN;
	}

}
