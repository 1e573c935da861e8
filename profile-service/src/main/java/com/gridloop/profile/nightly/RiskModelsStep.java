package com.gridloop.profile.nightly;

import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.predict.PredictionJob;

import org.springframework.stereotype.Component;

/** Trains the churn and arrears models on a time split and scores every customer. */
@Component
record RiskModelsStep(PredictionJob predictions) implements NightlyStep {

	@Override
	public String name() {
		return "risk models";
	}

	@Override
	public Map<String, Object> run(UUID runId) {
		return this.predictions.run();
	}

}
