package com.gridloop.ingestion.customer;

import java.util.List;

import com.gridloop.common.web.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Golden customers and the identifiers that lead to them. */
@RestController
@Validated
class CustomerController {

	private final CustomerQueries queries;

	CustomerController(CustomerQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/customers/{customerId}")
	CustomerQueries.CustomerView get(@PathVariable String customerId) {
		return this.queries.find(customerId).orElseThrow(() -> Problems.notFound("Customer", customerId));
	}

	/**
	 * Golden ids and customer numbers in customer number order, a page at a time: pass
	 * the last customer number of a page as {@code after} for the next; with
	 * {@code flag}, only the customers carrying that data quality flag (such as
	 * {@code UNKNOWN_REGION}), for the data team to fix.
	 */
	@GetMapping("/api/v1/customers")
	List<CustomerQueries.CustomerItem> list(
			@RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,40}") String flag,
			@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "1000") @Min(1) @Max(10000) int size) {
		return this.queries.list(flag, after, size);
	}

	/**
	 * Resolves a source identifier such as {@code METER_NO} {@code M330000000000} to its
	 * golden customer.
	 */
	@GetMapping(path = "/api/v1/customers", params = { "aliasType", "aliasValue" })
	CustomerQueries.CustomerView resolve(@RequestParam String aliasType, @RequestParam String aliasValue) {
		String id = this.queries.byAlias(aliasType, aliasValue)
			.orElseThrow(() -> Problems.notFound("Customer with " + aliasType, aliasValue));
		return get(id);
	}

}
