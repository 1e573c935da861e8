package com.gridloop.profile.nightly;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import com.gridloop.common.web.Problems;
import com.gridloop.profile.segmentation.SegmentationRuns;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts a nightly run on request, or cancels one; its progress is followed at
 * {@code /api/v1/segmentation/runs/{id}}.
 */
@RestController
record NightlyController(NightlyScheduler scheduler, SegmentationRuns runs) {

	/**
	 * Asks a run in progress to stop: it ends as CANCELLED before its next step (the step
	 * under way finishes first). 409 when the run has ended.
	 */
	@PostMapping("/api/v1/segmentation/runs/{id}/cancel")
	ResponseEntity<SegmentationRuns.RunView> cancel(@PathVariable UUID id) {
		SegmentationRuns.RunView run = this.runs.view(id).orElseThrow(() -> Problems.notFound("Segmentation run", id));
		if (!this.runs.requestCancel(id)) {
			throw Problems.conflict("run-ended", "Segmentation run " + id + " has ended as " + run.status());
		}
		return ResponseEntity.accepted().body(this.runs.view(id).orElseThrow());
	}

	@PostMapping("/api/v1/segmentation/runs")
	ResponseEntity<SegmentationRuns.RunView> start(Principal user) {
		if (this.runs.inProgress()) {
			throw Problems.conflict("segmentation-running", "A segmentation run is already in progress");
		}
		UUID id = this.scheduler.trigger(user.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/segmentation/runs/" + id))
			.body(this.runs.view(id).orElseThrow());
	}

}
