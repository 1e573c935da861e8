package com.gridloop.testsupport;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.gridloop.common.security.Roles;
import com.gridloop.testsupport.EndpointMatrix.Access;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every operation of a running service's OpenAPI document malformed parameters and
 * bodies ({@link FuzzRequests}), as a user allowed to reach it (ADMIN where allowed,
 * otherwise an account manager, otherwise the first allowed role; nobody for an operation
 * with its own authentication), so that the body is actually read. Every answer must be
 * below 500, every 4xx an RFC 9457 problem document ({@code application/problem+json})
 * that quotes no database error, and a request no endpoint may accept (broken or deeply
 * nested JSON, a wrong content type, a missing required body) must be refused with a 4xx.
 * The choice of mutants is seeded, so a failure repeats.
 */
public final class EndpointFuzz {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

	private static final String PROBLEM = "application/problem+json";

	/** PostgreSQL's words for a value it cannot store (NUL, overflow, bad syntax). */
	private static final Pattern DATABASE_ERROR = Pattern
		.compile("invalid byte sequence|invalid input syntax|out of range for type|value too long for type|"
				+ "date/time field value out of range|ERROR: ");

	/**
	 * How a service is fuzzed: {@code samples} are values for named parameters that reach
	 * further than a made-up one (a real source name), {@code extra} the number of
	 * malformed values drawn at random for each parameter and field, besides the core
	 * ones every one gets.
	 */
	public record Options(long seed, int extra, Map<String, String> samples) {

		public static Options defaults() {
			return new Options(13, 8, Map.of());
		}

		public Options withSamples(Map<String, String> samples) {
			return new Options(this.seed, this.extra, samples);
		}

	}

	private EndpointFuzz() {
	}

	/**
	 * Fuzzes the service on {@code port}; {@code access} is the service's endpoint matrix
	 * (see {@link EndpointMatrix}), from which the caller of each operation is chosen.
	 * @return the number of requests sent
	 */
	public static int verify(int port, Map<String, Access> access, Options options) {
		TestHttp http = new TestHttp(port);
		JsonNode doc = JsonMapper.builder().build().readTree(http.get("/v3/api-docs", null, null).body());
		FuzzRequests generator = new FuzzRequests(doc, options.samples());
		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int sent = 0;
		for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
				if (!METHODS.contains(op.getKey())) {
					continue;
				}
				String operation = op.getKey().toUpperCase() + " " + path.getKey();
				Access rule = access.get(operation);
				if (rule == null) {
					failures.add(operation + ": not in the endpoint matrix");
					continue;
				}
				String user = caller(rule);
				Random random = new Random(options.seed() * 31 + operation.hashCode());
				for (FuzzRequests.Request request : generator.of(op.getKey().toUpperCase(), path.getKey(),
						op.getValue(), random, options.extra())) {
					HttpResponse<String> response = http.send(request.method(), request.path(), user,
							user == null ? null : TestUsers.password(user), request.contentType(), request.body());
					sent++;
					statuses.merge(response.statusCode(), 1, Integer::sum);
					String problem = judge(request, response);
					if (problem != null) {
						failures.add(operation + " as " + user + ", " + request.what() + " (" + request.contentType()
								+ "): " + problem);
					}
				}
			}
		}
		System.out.println("fuzz: " + sent + " requests, statuses " + statuses + ", failures " + failures.size());
		if (!failures.isEmpty()) {
			throw new AssertionError(failures.size() + " fuzz failures (seed " + options.seed() + "):\n  "
					+ String.join("\n  ", failures.subList(0, Math.min(80, failures.size()))));
		}
		return sent;
	}

	private static String judge(FuzzRequests.Request request, HttpResponse<String> response) {
		int status = response.statusCode();
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (status >= 500) {
			return status + " " + cut(response.body());
		}
		if (status >= 400 && !type.startsWith(PROBLEM)) {
			return status + " as " + (type.isEmpty() ? "no content type" : type) + ", not a problem document: "
					+ cut(response.body());
		}
		if (status >= 400 && DATABASE_ERROR.matcher(response.body()).find()) {
			return status + " quoting the database: a value the database cannot hold is the client's error (400), "
					+ "said in the service's words: " + cut(response.body());
		}
		if (request.refused() && status < 400) {
			return status + ", but it must be refused";
		}
		return null;
	}

	private static String caller(Access rule) {
		if (rule.ownAuthentication()) {
			return null;
		}
		String role = rule.roles().contains(Roles.ADMIN) ? Roles.ADMIN : rule.roles().contains(Roles.ACCOUNT_MANAGER)
				? Roles.ACCOUNT_MANAGER : rule.roles().stream().sorted().findFirst().orElseThrow();
		return TestUsers.BY_ROLE.get(role);
	}

	private static String cut(String body) {
		String flat = body == null ? "" : body.replaceAll("\\s+", " ");
		return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
	}

}
