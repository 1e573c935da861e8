package com.gridloop.console.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.console.web.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Ingestion's batches with their five quality dimensions against the thresholds, each
 * batch's quarantined rows with their reasons, and the replay of a batch's quarantine
 * after a fix.
 */
@Controller
class DataController {

	private static final int BATCHES = 10;

	private final Services services;

	DataController(Services services) {
		this.services = services;
	}

	@GetMapping("/data")
	String batches(Model model) {
		Map<String, Object> page = this.services.object("ingestion", "/api/v1/batches?size=" + BATCHES);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> batches = (List<Map<String, Object>>) page.getOrDefault("content", List.of());
		Map<Object, List<Map<String, Object>>> quality = new LinkedHashMap<>();
		for (Map<String, Object> batch : batches) {
			if ("COMPLETED".equals(batch.get("status"))) {
				List<Map<String, Object>> measures = this.services.listOrNull("ingestion",
						"/api/v1/batches/" + batch.get("id") + "/quality");
				if (measures != null) {
					quality.put(batch.get("id"), measures);
				}
			}
		}
		model.addAttribute("batches", batches);
		model.addAttribute("quality", quality);
		return "data";
	}

	@GetMapping("/data/batches/{id}/quarantine")
	String quarantine(@PathVariable UUID id, Model model) {
		model.addAttribute("batch", this.services.object("ingestion", "/api/v1/batches/" + id));
		model.addAttribute("quarantine",
				this.services.object("ingestion", "/api/v1/batches/" + id + "/quarantine?size=200"));
		return "quarantine";
	}

	@PostMapping("/data/batches/{id}/replay")
	String replay(@PathVariable UUID id) {
		Map<String, Object> replay = this.services.post("ingestion", "/api/v1/batches/" + id + "/quarantine/replay",
				null);
		return "redirect:/data?replayed=" + (replay == null ? "" : replay.getOrDefault("id", ""));
	}

}
