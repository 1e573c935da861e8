package com.gridloop.evaluation.result;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.web.Problems;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Campaign results, computed on request from the latest data, and the service's counts. */
@RestController
class ResultController {

	private final ResultCalculator calculator;

	private final JdbcTemplate jdbc;

	ResultController(ResultCalculator calculator, JdbcTemplate jdbc) {
		this.calculator = calculator;
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/campaigns/{id}/results")
	CampaignEvaluated results(@PathVariable UUID id) {
		return this.calculator.compute(id)
			.orElseThrow(() -> Problems.notFound("Result of campaign (no launch or no targets in both arms yet)", id));
	}

	@GetMapping("/api/v1/evaluation/stats")
	Map<String, Object> stats() {
		return this.jdbc.queryForMap("""
				select (select count(*) from campaign) as campaigns,
				       (select count(*) from assignment) as assignments,
				       (select count(*) from exposure) as exposures,
				       (select count(*) from outcome) as outcomes,
				       (select count(*) from campaign_result) as results""");
	}

	@GetMapping("/api/v1/evaluation/campaigns")
	List<Map<String, Object>> campaigns() {
		return this.jdbc.queryForList("select campaign_id, name, offer_code, control_share, launched_at from campaign "
				+ "order by launched_at desc");
	}

}
