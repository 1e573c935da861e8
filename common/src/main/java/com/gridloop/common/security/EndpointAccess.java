package com.gridloop.common.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Which roles may call which endpoint, by method and path pattern: a service declares one
 * as a bean, and the security filter decides from the URL alone, before any body is read.
 * A request no rule matches is refused (403), so a new endpoint without a rule is closed
 * until it gets one.
 */
public final class EndpointAccess {

	/**
	 * One rule: the method, a path pattern ({@code {id}} and {@code *}) and the roles.
	 */
	public record Rule(HttpMethod method, String pattern, List<String> roles) {

		public Rule {
			roles = List.copyOf(roles);
		}

	}

	private final List<Rule> rules = new ArrayList<>();

	public EndpointAccess get(String pattern, List<String> roles) {
		return add(HttpMethod.GET, pattern, roles);
	}

	public EndpointAccess post(String pattern, List<String> roles) {
		return add(HttpMethod.POST, pattern, roles);
	}

	public EndpointAccess put(String pattern, List<String> roles) {
		return add(HttpMethod.PUT, pattern, roles);
	}

	public EndpointAccess delete(String pattern, List<String> roles) {
		return add(HttpMethod.DELETE, pattern, roles);
	}

	private EndpointAccess add(HttpMethod method, String pattern, List<String> roles) {
		this.rules.add(new Rule(method, pattern, roles));
		return this;
	}

	public List<Rule> rules() {
		return List.copyOf(this.rules);
	}

}
