package com.gridloop.reach.history;

import java.util.List;

import com.gridloop.reach.outcome.CustomerOwnership;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's contacts and outcomes for the customer 360; an account manager reads only
 * the customers on their own call list.
 */
@RestController
record ContactHistoryController(ContactHistory history, CustomerOwnership ownership) {

	@GetMapping("/api/v1/customers/{customerId}/contacts")
	List<ContactHistory.ContactEvent> contacts(@PathVariable String customerId, Authentication user) {
		this.ownership.require(user, List.of(customerId));
		return this.history.of(customerId);
	}

}
