package com.gridloop.strategy.acquisition;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acquisition leads (open connection applications and customers outgrowing their
 * capacity) and growth areas.
 */
@RestController
record AcquisitionController(AcquisitionQueries queries) {

	/**
	 * Leads by type and key; the next page starts after the last lead read
	 * ({@code after=<type>:<key>}).
	 */
	@GetMapping("/api/v1/acquisition/leads")
	List<Lead> leads(@RequestParam(required = false) Lead.LeadType type, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(10000) int size) {
		return this.queries.leads(type, after == null ? null : LeadCursor.parse(after), size);
	}

	@GetMapping("/api/v1/acquisition/growth-areas")
	List<GrowthArea> growthAreas(@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int limit) {
		return this.queries.growthAreas(limit);
	}

	@GetMapping("/api/v1/acquisition/stats")
	AcquisitionQueries.AcquisitionStats stats() {
		return this.queries.stats();
	}

}
