package com.gridloop.evaluation.result;

import java.util.List;
import java.util.UUID;

import com.gridloop.common.web.Problems;
import com.gridloop.evaluation.usage.LoadShiftSeries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaign results, computed on request from the latest data, and the service's counts.
 */
@RestController
record ResultController(ResultCalculator calculator, ResultQueries queries, LoadShiftSeries loadShift) {

	@GetMapping("/api/v1/campaigns/{id}/results")
	CampaignEvaluated results(@PathVariable UUID id) {
		return this.calculator.compute(id)
			.orElseThrow(() -> Problems.notFound("Result of campaign (no launch or no targets in both arms yet)", id));
	}

	/**
	 * The kWh shift over time, per day or per week from launch: each arm's mean daily
	 * peak-plus-sharp kWh.
	 */
	@GetMapping("/api/v1/campaigns/{id}/results/load-shift")
	LoadShiftSeries.Series loadShift(@PathVariable UUID id,
			@RequestParam(defaultValue = "DAY") LoadShiftSeries.Grain grain) {
		return this.loadShift.series(id, grain).orElseThrow(() -> Problems.notFound("Launched campaign", id));
	}

	@GetMapping("/api/v1/evaluation/stats")
	ResultQueries.EvaluationStats stats() {
		return this.queries.stats();
	}

	@GetMapping("/api/v1/evaluation/campaigns")
	List<ResultQueries.KnownCampaign> campaigns() {
		return this.queries.campaigns();
	}

}
