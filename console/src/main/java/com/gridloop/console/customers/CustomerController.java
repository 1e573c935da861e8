package com.gridloop.console.customers;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.console.web.Services;
import com.gridloop.console.web.UserRoles;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Customer 360: the archive record from ingestion (name and phone masked unless the user
 * is an administrator), tags by family and the segment from profile, the predictions and
 * the 7-day forecast, and strategy's rate comparison.
 */
@Controller
class CustomerController {

	static final List<String> FAMILIES = List.of("BASIC", "CONSUMPTION", "VALUE", "SERVICE", "RISK");

	private final Services services;

	CustomerController(Services services) {
		this.services = services;
	}

	@GetMapping("/customers")
	String search(@RequestParam(required = false) String q) {
		return q == null || q.isBlank() ? "customer-search"
				: "redirect:/customers/" + UriUtils.encodePathSegment(q.trim(), StandardCharsets.UTF_8);
	}

	@GetMapping("/customers/{id}")
	String customer(@PathVariable String id, Authentication user, Model model) {
		String path = "/api/v1/customers/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
		Map<String, Object> archive = this.services.object("ingestion", path);
		if (!UserRoles.hasAny(user, "ADMIN")) {
			archive = new LinkedHashMap<>(archive);
			archive.put("name", Masks.name((String) archive.get("name")));
			archive.put("phone", Masks.phone((String) archive.get("phone")));
			archive.put("address", Masks.address((String) archive.get("address")));
		}
		model.addAttribute("customer", archive);
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
		return "customer";
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
