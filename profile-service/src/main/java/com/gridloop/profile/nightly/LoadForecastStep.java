package com.gridloop.profile.nightly;

import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.predict.ForecastJob;

import org.springframework.stereotype.Component;

/** Forecasts every customer's load for the next week. */
@Component
class LoadForecastStep implements NightlyStep {

	private final ForecastJob forecasts;

	LoadForecastStep(ForecastJob forecasts) {
		this.forecasts = forecasts;
	}

	@Override
	public String name() {
		return "load forecast";
	}

	@Override
	public Map<String, Object> run(UUID runId) {
		return Map.of("load_forecast", this.forecasts.run());
	}

}
