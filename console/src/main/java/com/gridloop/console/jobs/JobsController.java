package com.gridloop.console.jobs;

import java.util.List;
import java.util.Map;

import com.gridloop.console.web.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The nightly segmentation runs from profile, polled while one is running, and a run
 * started on request. Cancelling is not offered: profile has no API for it.
 */
@Controller
class JobsController {

	private final Services services;

	JobsController(Services services) {
		this.services = services;
	}

	@GetMapping("/jobs")
	String jobs(Model model) {
		runs(model);
		return "jobs";
	}

	/** The runs table alone, which the page polls while a run is in progress. */
	@GetMapping("/jobs/runs")
	String table(Model model) {
		runs(model);
		return "jobs :: runs";
	}

	@PostMapping("/jobs/runs")
	String start() {
		this.services.post("profile", "/api/v1/segmentation/runs", null);
		return "redirect:/jobs";
	}

	private void runs(Model model) {
		List<Map<String, Object>> runs = this.services.list("profile", "/api/v1/segmentation/runs");
		model.addAttribute("runs", runs);
		model.addAttribute("running",
				runs.stream().anyMatch(r -> "QUEUED".equals(r.get("status")) || "RUNNING".equals(r.get("status"))));
	}

}
