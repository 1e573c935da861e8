package com.gridloop.ingestion.customer;

import com.gridloop.common.audit.AuditLog;
import java.util.List;

import com.gridloop.common.security.Roles;
import com.gridloop.common.web.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Golden customers and the identifiers that lead to them. */
@RestController
record CustomerController(CustomerQueries queries, AuditLog audit, CustomerErasure erasure) {

	/**
	 * Erases the customer's personal data here and, by a CustomerErased event, in the
	 * other services (administrators only).
	 */
	@DeleteMapping("/api/v1/customers/{customerId}/personal-data")
	CustomerErasure.Erased erase(@PathVariable String customerId) {
		return this.erasure.erase(customerId);
	}

	/**
	 * A customer with personal data (masked for marketing and analysts); an account
	 * manager reads only their own customers, a team lead the team's (403 otherwise).
	 */
	@GetMapping("/api/v1/customers/{customerId}")
	CustomerQueries.CustomerView get(@PathVariable String customerId, Authentication user) {
		CustomerQueries.CustomerView customer = this.queries.find(customerId)
			.orElseThrow(() -> Problems.notFound("Customer", customerId));
		CustomerQueries.Owner owner = owner(user);
		if (owner != null && !this.queries.ownedBy(customerId, owner)) {
			throw Problems.problem(HttpStatus.FORBIDDEN, "not-your-customer",
					"Customer " + customerId + " is not one of yours");
		}
		this.audit.record(AuditLog.Action.PERSONAL_DATA_READ, List.of(customerId), "GET /api/v1/customers");
		return customer;
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
			@RequestParam(defaultValue = "1000") @Min(1) @Max(10000) int size, Authentication user) {
		return this.queries.list(flag, after, size, owner(user));
	}

	/**
	 * Resolves a source identifier such as {@code METER_NO} {@code M330000000000} to its
	 * golden customer.
	 */
	@GetMapping(path = "/api/v1/customers", params = { "aliasType", "aliasValue" })
	CustomerQueries.CustomerView resolve(@RequestParam String aliasType, @RequestParam String aliasValue,
			Authentication user) {
		String id = this.queries.byAlias(aliasType, aliasValue)
			.orElseThrow(() -> Problems.notFound("Customer with " + aliasType, aliasValue));
		return get(id, user);
	}

	/** The owner whose customers alone the user may read; null when they may read all. */
	private static CustomerQueries.Owner owner(Authentication user) {
		return Roles.ownCustomersOnly(user)
				? new CustomerQueries.Owner(user.getName(), Roles.has(user, Roles.TEAM_LEAD)) : null;
	}

}
