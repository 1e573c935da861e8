package com.gridloop.testsupport;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.gridloop.common.security.Roles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The endpoint × role matrix of a running service, read from its OpenAPI document: every
 * operation must have an expected access in the test's table (so a new endpoint without a
 * rule fails the build), and every role plus anonymous gets the expected answer.
 * <ul>
 * <li>anonymous: 401 everywhere;</li>
 * <li>a role not allowed: 403, with a malformed JSON body for POST and PUT, which proves
 * the decision is made from the URL before the body is read;</li>
 * <li>an allowed role: the security filter grants it; a GET is also sent and must answer
 * neither 401 nor 403 (an owner-scoped role may get 403 or 404 for a customer not
 * theirs).</li>
 * </ul>
 * Allowed POST and PUT requests are decided but not sent, so the matrix changes nothing.
 */
public final class EndpointMatrix {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

	/**
	 * Who may call an operation: {@code roles}, of which {@code ownerScoped} only for
	 * their own customers; {@code ownAuthentication} for an endpoint that answers to
	 * something other than users (a gateway's shared secret).
	 */
	public record Access(Set<String> roles, Set<String> ownerScoped, boolean ownAuthentication) {

		public static Access roles(List<String> roles) {
			return new Access(Set.copyOf(roles), Set.of(), false);
		}

		public static Access ownerScoped(List<String> roles, String... ownerScoped) {
			return new Access(Set.copyOf(roles), Set.of(ownerScoped), false);
		}

		public static Access selfAuthenticated() {
			return new Access(Set.of(), Set.of(), true);
		}

	}

	private EndpointMatrix() {
	}

	/**
	 * Checks the service on {@code port} against {@code serviceRows}, keyed by
	 * {@code "METHOD /path/{var}"} as the OpenAPI document spells them, plus the rows of
	 * the endpoints every service gets from {@code common} (audit, dead-letter replay).
	 */
	public static void verify(ApplicationContext context, int port, Map<String, Access> serviceRows) {
		Map<String, Access> expected = withCommonRows(serviceRows);
		TestHttp http = new TestHttp(port);
		JsonNode doc = JsonMapper.builder().build().readTree(http.get("/v3/api-docs", null, null).body());
		Set<String> operations = new TreeSet<>();
		for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
			for (String method : path.getValue().propertyNames()) {
				if (METHODS.contains(method)) {
					operations.add(method.toUpperCase() + " " + path.getKey());
				}
			}
		}
		List<String> failures = new ArrayList<>();
		for (String operation : operations) {
			if (!expected.containsKey(operation)) {
				failures.add(operation + ": no expected access in the matrix (add a rule and a row)");
			}
		}
		for (String operation : expected.keySet()) {
			if (!operations.contains(operation)) {
				failures.add(operation + ": in the matrix but not in the OpenAPI document");
			}
		}
		AuthorizationManager<jakarta.servlet.http.HttpServletRequest> decisions = authorization(context);
		for (String operation : operations) {
			Access access = expected.get(operation);
			if (access == null || access.ownAuthentication()) {
				continue;
			}
			String method = operation.substring(0, operation.indexOf(' '));
			String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "0");
			check(failures, operation, "anonymous", send(http, method, path, null), Set.of(401));
			TestUsers.BY_ROLE.forEach((role, user) -> {
				if (!access.roles().contains(role)) {
					check(failures, operation, role, send(http, method, path, user), Set.of(403));
					return;
				}
				Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null,
						AuthorityUtils.createAuthorityList("ROLE_" + role));
				AuthorizationResult decision = decisions.authorize(() -> auth,
						new MockHttpServletRequest(method, path));
				if (decision == null || !decision.isGranted()) {
					failures.add(operation + " as " + role + ": expected to be allowed, the filter refuses");
				}
				if (method.equals("GET")) {
					int status = send(http, method, path, user);
					boolean scoped = access.ownerScoped().contains(role);
					if (status == 401 || (status == 403 && !scoped)) {
						failures.add(operation + " as " + role + ": expected allowed, got " + status);
					}
				}
			});
		}
		if (!failures.isEmpty()) {
			throw new AssertionError(
					failures.size() + " endpoint matrix failures:\n  " + String.join("\n  ", failures));
		}
	}

	/**
	 * A service's rows plus those of the endpoints every service gets from
	 * {@code common}.
	 */
	public static Map<String, Access> withCommonRows(Map<String, Access> serviceRows) {
		Map<String, Access> expected = new LinkedHashMap<>(serviceRows);
		expected.putIfAbsent("GET /api/v1/audit", Access.roles(Roles.ADMIN_ONLY));
		expected.putIfAbsent("POST /api/v1/admin/dead-letters/{topic}/replay", Access.roles(Roles.ADMIN_ONLY));
		return expected;
	}

	private static void check(List<String> failures, String operation, String who, int status, Set<Integer> expected) {
		if (!expected.contains(status)) {
			failures.add(operation + " as " + who + ": expected " + expected + ", got " + status);
		}
	}

	private static int send(TestHttp http, String method, String path, String user) {
		String password = user == null ? null : TestUsers.password(user);
		HttpResponse<String> response = switch (method) {
			case "GET" -> http.get(path, user, password);
			case "PUT" -> http.putJson(path, user, password, "{not json");
			case "DELETE" -> http.delete(path, user, password);
			default ->
				http.post(path, user, password, "application/json", "{not json".getBytes(StandardCharsets.UTF_8));
		};
		return response.statusCode();
	}

	@SuppressWarnings("unchecked")
	private static AuthorizationManager<jakarta.servlet.http.HttpServletRequest> authorization(
			ApplicationContext context) {
		FilterChainProxy proxy = context.getBean(FilterChainProxy.class);
		List<SecurityFilterChain> chains = proxy.getFilterChains();
		// The last chain is the common one; earlier ones are narrow (gateway receipts).
		SecurityFilterChain common = chains.get(chains.size() - 1);
		return common.getFilters()
			.stream()
			.filter(AuthorizationFilter.class::isInstance)
			.map(f -> (AuthorizationManager<jakarta.servlet.http.HttpServletRequest>) ((AuthorizationFilter) f)
				.getAuthorizationManager())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No AuthorizationFilter in the common security chain"));
	}

}
