package com.gridloop.console.jobs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.console.web.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The nightly segmentation runs from profile, the table polled by htmx every few seconds
 * while one is in progress (memberships written so far as its progress), a run started on
 * request, and a run in progress cancelled: profile stops it before its next step.
 */
@Controller
record JobsController(Services services) {

	/** The states of a run that has not ended. */
	static final List<String> IN_PROGRESS = List.of("QUEUED", "RUNNING", "SEGMENTED");

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

	/** Asks profile to stop the run; answers the refreshed table for htmx. */
	@PostMapping("/jobs/runs/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		this.services.post("profile", "/api/v1/segmentation/runs/" + id + "/cancel", null);
		if (htmx == null) {
			return "redirect:/jobs";
		}
		runs(model);
		return "jobs :: runs";
	}

	private void runs(Model model) {
		List<Map<String, Object>> runs = this.services.list("profile", "/api/v1/segmentation/runs");
		model.addAttribute("runs", runs);
		model.addAttribute("running", runs.stream().anyMatch(r -> IN_PROGRESS.contains(r.get("status"))));
	}

}
