package com.gridloop.profile.nightly;

import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.segmentation.SegmentationJob;

import org.springframework.stereotype.Component;

/**
 * Segments every customer; the run ends SEGMENTED and becomes current when the pipeline
 * completes it.
 */
@Component
record SegmentationStep(SegmentationJob job) implements NightlyStep {

	@Override
	public String name() {
		return "segmentation";
	}

	@Override
	public Map<String, Object> run(UUID runId) {
		this.job.run(runId);
		return Map.of();
	}

}
