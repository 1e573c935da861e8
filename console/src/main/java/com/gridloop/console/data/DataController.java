package com.gridloop.console.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.console.web.ServiceException;
import com.gridloop.console.web.Services;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * Ingestion's batches with their five quality dimensions against the thresholds, each
 * batch's quarantined rows with their reasons, and the replay of a batch's quarantine
 * after a fix.
 */
@Controller
record DataController(Services services) {

	private static final int BATCHES = 10;

	/** What ingestion takes, in the order of the loop's first uploads. */
	static final List<String> SOURCES = List.of("customers", "customer-updates", "readings", "registers", "bills",
			"tickets", "app-events", "outages", "weather", "connection-applications", "managers");

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
		model.addAttribute("sources", SOURCES);
		model.addAttribute("quality", quality);
		return "data";
	}

	/**
	 * A file passed on to ingestion as it arrives (the browser shows the upload's
	 * progress); ingestion answers at once with the batch it reads in the background.
	 */
	@PostMapping("/data/upload")
	String upload(@RequestParam String source, @RequestParam MultipartFile file, Model model) throws IOException {
		if (!SOURCES.contains(source)) {
			throw new ServiceException(HttpStatus.BAD_REQUEST, "Unknown source " + source);
		}
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		MediaType type = name.endsWith(".jsonl") || name.endsWith(".ndjson")
				? MediaType.parseMediaType("application/x-ndjson") : MediaType.parseMediaType("text/csv");
		model.addAttribute("batch",
				this.services.upload("ingestion",
						"/api/v1/batches/" + source + "?fileName="
								+ UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8),
						new InputStreamResource(file.getInputStream()), type));
		return "data-upload :: uploaded";
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
