package com.gridloop.evaluation.result;

import java.util.List;
import java.util.UUID;

import com.gridloop.common.web.Problems;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaign results, computed on request from the latest data, and the service's counts.
 */
@RestController
class ResultController {

	private final ResultCalculator calculator;

	private final ResultQueries queries;

	ResultController(ResultCalculator calculator, ResultQueries queries) {
		this.calculator = calculator;
		this.queries = queries;
	}

	@GetMapping("/api/v1/campaigns/{id}/results")
	CampaignEvaluated results(@PathVariable UUID id) {
		return this.calculator.compute(id)
			.orElseThrow(() -> Problems.notFound("Result of campaign (no launch or no targets in both arms yet)", id));
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
