package com.gridloop.profile.nightly;

import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.predict.ForecastJob;

import org.springframework.stereotype.Component;

/** Forecasts every customer's load for the next week. */
@Component
record LoadForecastStep(ForecastJob forecasts) implements NightlyStep {

	@Override
	public String name() {
		return "load forecast";
	}

	@Override
	public Map<String, Object> run(UUID runId) {
		return Map.of("load_forecast", this.forecasts.run());
	}

}
