package com.gridloop.profile.usage;

import com.gridloop.common.web.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's recent usage for the customer 360: kWh by band per day and the daily load
 * shape.
 */
@RestController
record CustomerUsageController(CustomerUsageQueries queries) {

	@GetMapping("/api/v1/customers/{customerId}/usage")
	CustomerUsageQueries.CustomerUsage usage(@PathVariable String customerId,
			@RequestParam(defaultValue = "90") @Min(1) @Max(366) int days) {
		return this.queries.usage(customerId, days)
			.orElseThrow(() -> Problems.notFound("Usage of customer", customerId));
	}

}
