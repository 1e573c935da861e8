package com.gridloop.console.customers;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gridloop.console.web.Services;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Customer 360: the archive record from ingestion (personal data as ingestion shows it to
 * the user's role), tags by family and the segment from profile, the daily load shape and
 * the last 90 days' kWh by band, the predictions and the 7-day forecast, strategy's rate
 * comparison, and reach's contact and outcome history.
 */
@Controller
record CustomerController(Services services, MessageSource messages) {

	static final List<String> FAMILIES = List.of("BASIC", "CONSUMPTION", "VALUE", "SERVICE", "RISK");

	/** Days of usage by band. */
	static final int USAGE_DAYS = 90;

	@GetMapping("/customers")
	String search(@RequestParam(required = false) String q) {
		return q == null || q.isBlank() ? "customer-search"
				: "redirect:/customers/" + UriUtils.encodePathSegment(q.trim(), StandardCharsets.UTF_8);
	}

	@GetMapping("/customers/{id}")
	String customer(@PathVariable String id, Locale locale, Model model) {
		String path = "/api/v1/customers/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
		// Personal data comes masked by the service for a role without need to know.
		model.addAttribute("customer", this.services.object("ingestion", path));
		Map<String, Object> profile = this.services.objectOrNull("profile", path + "/profile");
		model.addAttribute("profile", profile);
		model.addAttribute("families", profile == null ? Map.of() : byFamily(profile));
		model.addAttribute("predictions", this.services.listOrNull("profile", path + "/predictions"));
		List<Map<String, Object>> forecast = this.services.listOrNull("profile", path + "/forecast");
		model.addAttribute("forecast",
				forecast == null || forecast.isEmpty() ? null : Map.of("x",
						forecast.stream().map(d -> d.get("day")).toList(), "series",
						List.of(Map.of("name", "kWh", "data", forecast.stream().map(d -> d.get("kwh")).toList()))));
		model.addAttribute("rates", this.services.objectOrNull("strategy", path + "/rate-comparison?shift=0.1"));
		Map<String, Object> usage = this.services.objectOrNull("profile", path + "/usage?days=" + USAGE_DAYS);
		model.addAttribute("usage", usage);
		model.addAttribute("shapeChart", UsageCharts.shape(usage, message("customer.shape", locale)));
		model.addAttribute("bandChart",
				UsageCharts.bands(usage, UsageCharts.BANDS.stream().map(b -> message("band." + b, locale)).toList(),
						message("band.unbanded", locale)));
		model.addAttribute("contacts", this.services.listOrNull("reach", path + "/contacts"));
		return "customer";
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static Map<String, List<Map<String, Object>>> byFamily(Map<String, Object> profile) {
		Map<String, List<Map<String, Object>>> families = new LinkedHashMap<>();
		FAMILIES.forEach(f -> families.put(f, new java.util.ArrayList<>()));
		if (profile.get("tags") instanceof List<?> tags) {
			for (Object tag : tags) {
				@SuppressWarnings("unchecked")
				Map<String, Object> t = new LinkedHashMap<>((Map<String, Object>) tag);
				t.put("numeric", t.get("value") instanceof Number);
				families.computeIfAbsent(String.valueOf(t.get("family")), k -> new java.util.ArrayList<>()).add(t);
			}
		}
		families.values().removeIf(List::isEmpty);
		return families;
	}

}
