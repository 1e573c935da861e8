package com.gridloop.profile.nightly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.segmentation.SegmentationRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The nightly pipeline: risk models, load forecast, segmentation, then retag. The models
 * come first because the segmentation's customer rules read tonight's churn risk. The run
 * becomes the current one (SUCCEEDED, with the models' metrics) only after the
 * segmentation, and every customer is retagged after that, so no snapshot carries the
 * previous run's segment once the new one counts. A failed step fails the run and stops
 * it; a cancel request stops it before its next step.
 */
@Component
public class NightlyPipeline {

	private static final Logger log = LoggerFactory.getLogger(NightlyPipeline.class);

	private final SegmentationRuns runs;

	private final List<NightlyStep> steps;

	private final RetagStep retag;

	NightlyPipeline(SegmentationRuns runs, RiskModelsStep risk, LoadForecastStep forecast,
			SegmentationStep segmentation, RetagStep retag) {
		this.runs = runs;
		this.steps = List.of(risk, forecast, segmentation);
		this.retag = retag;
	}

	/**
	 * Runs a registered run to the end, recording success or failure on it; the caller
	 * holds the lock.
	 */
	public void run(UUID runId) {
		Map<String, Object> models = new LinkedHashMap<>();
		for (NightlyStep step : this.steps) {
			if (cancelled(runId, step.name())) {
				return;
			}
			try {
				models.putAll(step.run(runId));
			}
			catch (RuntimeException ex) {
				log.error("Nightly run {} failed at step {}", runId, step.name(), ex);
				this.runs.fail(runId, ex);
				return;
			}
		}
		if (cancelled(runId, "complete")) {
			return;
		}
		this.runs.complete(runId, models);
		this.retag.run(runId);
	}

	/**
	 * Ends the run as CANCELLED when that was requested; checked before each step, so the
	 * step under way finishes first, and never after the run became the current one.
	 */
	private boolean cancelled(UUID runId, String next) {
		if (!this.runs.cancelRequested(runId)) {
			return false;
		}
		log.info("Nightly run {} cancelled on request before {}", runId, next);
		this.runs.cancel(runId);
		return true;
	}

}
