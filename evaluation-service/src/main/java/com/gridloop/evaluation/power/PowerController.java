package com.gridloop.evaluation.power;

import com.gridloop.common.web.Problems;
import com.gridloop.common.stats.PowerAnalysis;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Power and minimum detectable effect of a conversion campaign at launch, for strategy to
 * show when a campaign is drafted.
 */
@RestController
class PowerController {

	static final double ALPHA = 0.05;

	/**
	 * @param baseline expected control conversion rate
	 * @param mde absolute uplift to detect
	 * @param controlShare share of customers held in control
	 * @param n customers in both arms
	 */
	@GetMapping("/api/v1/evaluation/power")
	PowerAnalysis power(@RequestParam double baseline, @RequestParam double mde,
			@RequestParam("control_share") double controlShare, @RequestParam long n) {
		try {
			return PowerAnalysis.of(baseline, mde, controlShare, n, ALPHA);
		}
		catch (IllegalArgumentException e) {
			throw Problems.unprocessable("power-parameters", e.getMessage());
		}
	}

}
