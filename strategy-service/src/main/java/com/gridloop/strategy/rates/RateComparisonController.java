package com.gridloop.strategy.rates;

import java.math.BigDecimal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's last year billed under every tariff they may choose; {@code shift} moves
 * that share of sharp and peak kWh to the valley.
 */
@RestController
record RateComparisonController(RateComparison comparison) {

	@GetMapping("/api/v1/customers/{id}/rate-comparison")
	RateComparisonView compare(@PathVariable String id, @RequestParam(defaultValue = "0") BigDecimal shift) {
		return this.comparison.compare(id, shift);
	}

}
