package com.gridloop.local.bench;

import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import com.gridloop.local.DemoUsers;
import com.gridloop.local.LocalPlatform;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./gridloop bench audience}: N customers' tag snapshots copied into strategy's
 * {@code customer_tags}, then a five-condition rule with an OR and a segment previewed
 * through the real endpoint (cold: the first preview loads the in-memory snapshot; warm;
 * after 1 % of the snapshots changed), against a hand-written SQL count of the same rule
 * on the same JSON tags in the same run.
 */
public final class AudienceBench {

	static final String RULE = "category = 'RESIDENTIAL' AND (peak_share > 0.35 OR segment = "
			+ "'PRICE_SENSITIVE_SHIFTABLE') AND annual_kwh BETWEEN 2000 AND 9000 "
			+ "AND NOT account_status IN ('CLOSED', 'MERGED') AND has demand_response_kw";

	/**
	 * The same rule by hand on the jsonb tags: what a query builder would have to write.
	 */
	static final String SQL = """
			select count(*) from customer_tags
			where tags->>'category' = 'RESIDENTIAL'
			  and ((tags->>'peak_share')::float8 > 0.35 or segment = 'PRICE_SENSITIVE_SHIFTABLE')
			  and (tags->>'annual_kwh')::float8 between 2000 and 9000
			  and not coalesce(tags->>'account_status' in ('CLOSED', 'MERGED'), false)
			  and tags ? 'demand_response_kw'""";

	private final PrintStream out;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	public AudienceBench(PrintStream out) {
		this.out = out;
	}

	public void run(int customers, long seed, String command) throws Exception {
		Path home = Files.createTempDirectory("gridloop-bench-audience-");
		try (LocalPlatform platform = LocalPlatform
			.start(new LocalPlatform.Options(home, false, 0, 0, false, Map.of("gridloop.outbox.poll-interval", "50ms"))
				.only("strategy"))) {
			Map<String, String> db = platform.infrastructure().serviceProperties("strategy");
			try (Connection con = DriverManager.getConnection(db.get("spring.datasource.url"), "strategy",
					"strategy")) {
				long t0 = System.nanoTime();
				load(con, customers, seed);
				this.out.printf(Locale.ROOT, "bench audience: %,d customers' tag snapshots copied in %.1f s%n",
						customers, (System.nanoTime() - t0) / 1e9);
				String base = platform.baseUrl("strategy");
				long heapBefore = usedHeap();
				Timed cold = preview(base);
				long heapAfter = usedHeap();
				Timed warm = preview(base);
				double sqlFirst = sql(con).seconds();
				Timed sql = sql(con);
				long matched = cold.body().get("count").asLong();
				if (matched != sql.count() || warm.body().get("count").asLong() != matched) {
					throw new IllegalStateException("The preview counted " + matched + ", SQL " + sql.count());
				}
				int changed = Math.max(1, customers / 100);
				change(con, changed);
				Timed fresh = preview(base);
				JsonNode tags = get(base + "/api/v1/audiences/tags");
				report(customers, cold, warm, fresh, changed, sqlFirst, sql, tags, heapAfter - heapBefore, command);
			}
		}
		finally {
			try (var paths = Files.walk(home)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private void report(int customers, Timed cold, Timed warm, Timed fresh, int changed, double sqlFirst, Timed sql,
			JsonNode tags, long heap, String command) {
		JsonNode benefit = warm.body().get("benefit");
		this.out.printf(Locale.ROOT, "  rule: %s%n  matches %,d of %,d; segments %s%n", RULE,
				warm.body().get("count").asLong(), customers, warm.body().get("segments"));
		this.out.printf(Locale.ROOT, "  TOU benefit (yuan/year) over %,d priced: p10 %.0f, p50 %.0f, p90 %.0f%n",
				benefit.get("priced").asLong(), benefit.get("p10").asDouble(), benefit.get("p50").asDouble(),
				benefit.get("p90").asDouble());
		double memoryMb = tags.get("memoryBytes").asLong() / 1e6;
		this.out.printf(Locale.ROOT,
				"  in-memory snapshot: %d tags, %.0f MB estimated, heap grew %.0f MB; loaded in %.1f s%n",
				tags.get("tags").size(), memoryMb, heap / 1e6, tags.get("loadSeconds").asDouble());
		this.out.printf(Locale.ROOT,
				"  preview cold (loads the snapshot) %.2f s, warm %.3f s, after %,d snapshots changed %.3f s%n",
				cold.seconds(), warm.seconds(), changed, fresh.seconds());
		this.out.printf(Locale.ROOT, "  SQL count on jsonb: first %.2f s, second %.2f s (%,d)%n", sqlFirst,
				sql.seconds(), sql.count());
		double ratio = warm.seconds() / sql.seconds();
		BenchmarkReport.inWorkingDirectory()
			.append("audience", """
					N customers' tag snapshots (33 tags, as profile publishes them) copied into strategy's \
					customer_tags; the rule `%s` with the TOU benefit previewed through POST \
					/api/v1/audiences/preview: cold (the first preview loads the columnar in-memory snapshot), \
					warm, and after 1 %% of the snapshots changed; against a hand-written SQL count of the same rule \
					on the same jsonb tags (second run). Ratio = warm preview / SQL. Target: preview < 10 s on \
					2 cores.""".formatted(RULE), command,
					new String[] { "customers", "matches", "cold s", "warm s", "after 1 % changed s", "sql s", "ratio",
							"memory MB" },
					new String[] { String.format(Locale.ROOT, "%,d", customers),
							String.format(Locale.ROOT, "%,d", sql.count()),
							String.format(Locale.ROOT, "%.2f", cold.seconds()),
							String.format(Locale.ROOT, "%.3f", warm.seconds()),
							String.format(Locale.ROOT, "%.3f", fresh.seconds()),
							String.format(Locale.ROOT, "%.2f", sql.seconds()),
							String.format(Locale.ROOT, "%.3f", ratio), String.format(Locale.ROOT, "%.0f", memoryMb) });
		this.out.printf(Locale.ROOT, "audience: preview %.3f s, sql %.2f s, ratio %.3f, customers %d%n", warm.seconds(),
				sql.seconds(), ratio, customers);
	}

	/**
	 * Copies the generated snapshots into customer_tags, then vacuums and analyses it.
	 */
	private static void load(Connection con, int customers, long seed) throws Exception {
		AudienceTagGenerator generator = new AudienceTagGenerator(seed);
		var copy = con.unwrap(PGConnection.class).getCopyAPI();
		String sql = "copy customer_tags (customer_id, tags, segment, segment_reason, computed_at) from stdin";
		String at = Instant.parse("2026-11-30T18:00:00Z").toString();
		StringBuilder rows = new StringBuilder(1 << 23);
		for (int i = 0; i < customers; i++) {
			AudienceTagGenerator.Snapshot s = generator.next();
			rows.append("bench-").append(i).append('\t').append(s.tagsJson()).append('\t');
			rows.append(s.segment() == null ? "\\N\t\\N" : s.segment() + "\tgenerated").append('\t').append(at);
			rows.append('\n');
			if (rows.length() > (1 << 23) - 4096) {
				copy.copyIn(sql, new StringReader(rows.toString()));
				rows.setLength(0);
			}
		}
		copy.copyIn(sql, new StringReader(rows.toString()));
		try (Statement st = con.createStatement()) {
			st.execute("vacuum analyze customer_tags");
		}
	}

	/** New snapshots for some customers, written as the listener writes them. */
	private static void change(Connection con, int customers) throws Exception {
		try (Statement st = con.createStatement()) {
			st.executeUpdate("update customer_tags set computed_at = computed_at + interval '1 day', "
					+ "tags = tags || '{\"account_status\": \"CLOSED\"}' where customer_id in (select 'bench-' || g "
					+ "from generate_series(0, " + (customers - 1) + ") g)");
		}
	}

	private record Timed(double seconds, JsonNode body, long count) {
	}

	private Timed preview(String base) throws Exception {
		long t0 = System.nanoTime();
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/audiences/preview"))
				.header("Authorization", auth())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString(this.json.writeValueAsString(Map.of("rule", RULE, "offer_code", "TOU_TARIFF"))))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		double seconds = (System.nanoTime() - t0) / 1e9;
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Preview answered " + response.statusCode() + ": " + response.body());
		}
		JsonNode body = this.json.readTree(response.body());
		return new Timed(seconds, body, body.get("count").asLong());
	}

	private JsonNode get(String url) throws Exception {
		return this.json.readTree(
				this.http
					.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth()).build(),
							HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
					.body());
	}

	private static Timed sql(Connection con) throws Exception {
		long t0 = System.nanoTime();
		try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(SQL)) {
			rs.next();
			return new Timed((System.nanoTime() - t0) / 1e9, null, rs.getLong(1));
		}
	}

	private static String auth() {
		return "Basic " + Base64.getEncoder()
			.encodeToString(("marketer:" + DemoUsers.password("marketer")).getBytes(StandardCharsets.UTF_8));
	}

	private static long usedHeap() {
		System.gc();
		Runtime r = Runtime.getRuntime();
		return r.totalMemory() - r.freeMemory();
	}

}
