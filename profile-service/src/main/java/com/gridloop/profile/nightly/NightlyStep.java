package com.gridloop.profile.nightly;

import java.util.Map;
import java.util.UUID;

/** One step of the nightly pipeline. */
interface NightlyStep {

	/** The step's name in logs and failures. */
	String name();

	/**
	 * Runs the step for the run; returns metrics to record under the run's models, or an
	 * empty map.
	 */
	Map<String, Object> run(UUID runId);

}
