package com.gridloop.reach.outcome;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import com.gridloop.common.security.Roles;
import com.gridloop.common.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An account manager acts on the customers on their own call list (a task of theirs, open
 * or done) and no others; wider roles act on every customer.
 */
@Component
public record CustomerOwnership(JdbcClient jdbc) {

	/** Refuses (403) when the user may not act on every one of the customers. */
	public void require(Authentication user, Collection<String> customers) {
		if (!Roles.ownCustomersOnly(user)) {
			return;
		}
		Set<String> others = new HashSet<>(customers);
		others.removeAll(onCallListOf(user.getName(), customers));
		if (!others.isEmpty()) {
			throw Problems.problem(HttpStatus.FORBIDDEN, "not-your-customer",
					"Not on your call list: " + others.stream().sorted().limit(10).toList());
		}
	}

	private Set<String> onCallListOf(String manager, Collection<String> customers) {
		return new HashSet<>(
				this.jdbc.sql("select distinct customer_id from task where assignee = ? and customer_id = any(?)")
					.param(manager)
					.param(new SqlArrayValue("text", customers.toArray()))
					.query(String.class)
					.list());
	}

}
