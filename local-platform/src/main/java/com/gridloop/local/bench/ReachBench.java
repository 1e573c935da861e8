package com.gridloop.local.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.gridloop.datagen.AccountManagers;
import com.gridloop.gateway.GatewaySimulator;
import com.gridloop.local.DemoUsers;
import com.gridloop.local.LocalPlatform;
import com.gridloop.reach.channel.ChannelAdapter;
import com.gridloop.reach.channel.Channels;
import com.gridloop.reach.template.Templates;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./gridloop bench reach}: N treatment targets' queued dispatches committed at
 * once into reach's schema, then drained by reach's own dispatch worker (claim with the
 * contact policy, send over HTTP to the gateway simulator, record) on a platform of reach
 * alone; against the same number of messages posted straight to the same simulator
 * through reach's own channel adapters (same RestClient, same number of senders), no
 * database. Then {@code GET /api/v1/call-lists/me} of a manager with 150 open tasks at a
 * fixed rate, open loop.
 */
public final class ReachBench {

	/** What one run measured. */
	public record Result(int targets, long sent, double pipelineSeconds, double gatewaySeconds,
			FixedRateLoad.Outcome callLists, int rate) {

		/** Pipeline throughput over the gateway alone's, for the same messages. */
		public double ratio() {
			return this.gatewaySeconds / this.pipelineSeconds;
		}

		public double p99Millis() {
			return this.callLists.percentileMillis(99);
		}

		public String summary() {
			return String.format(Locale.ROOT,
					"reach: %d targets in %.1f s (ratio %.2f vs gateway alone), call-list p99 %.1f ms at %d rps",
					this.targets, this.pipelineSeconds, ratio(), p99Millis(), this.rate);
		}

	}

	private final PrintStream out;

	private final BenchmarkReport report;

	public ReachBench(PrintStream out) {
		this(out, BenchmarkReport.inWorkingDirectory());
	}

	ReachBench(PrintStream out, BenchmarkReport report) {
		this.out = out;
		this.report = report;
	}

	public Result run(int targets, int seconds, int rate, String command) throws Exception {
		Path home = Files.createTempDirectory("gridloop-bench-reach-");
		Instant now = Instant.now();
		ZoneOffset zone = noonAt(now);
		// The run starts at 12:00 in the policy's zone, so quiet hours defer nothing
		// whenever it runs; the
		// fallback job keeps the service's own window and interval (the local platform
		// shortens them for the demo).
		Map<String, String> properties = Map.of("gridloop.reach.policy.zone", zone.getId(),
				"gridloop.reach.tasks.fallback-window", "48h", "gridloop.reach.tasks.interval", "5m");
		Result result;
		try (LocalPlatform platform = LocalPlatform
			.start(new LocalPlatform.Options(home, false, 0, 0, false, properties).only("reach"))) {
			// Receipts would be a second load on reach: the bench measures sending.
			platform.gateway().callback(null, null);
			ConfigurableApplicationContext reach = platform.context("reach");
			Map<String, String> db = platform.infrastructure().serviceProperties("reach");
			try (Connection con = DriverManager.getConnection(db.get("spring.datasource.url"), "reach", "reach")) {
				con.setAutoCommit(false);
				long t0 = System.nanoTime();
				ReachBenchData.loadTargets(con, targets, now, 12);
				this.out.printf(Locale.ROOT,
						"bench reach: %,d targets of one campaign copied in %.1f s; policy zone %s (the run starts at "
								+ "12:00 there)%n",
						targets, (System.nanoTime() - t0) / 1e9, zone.getId());
				double pipeline = pipeline(con, reach, platform.gateway(), targets);
				long sent = ReachBenchData.Expected.of(targets).send();
				double gateway = gatewayAlone(reach, sent);
				// The operators' gateways live outside reach's JVM: the simulator's
				// copies leave.
				platform.gateway().forget();
				t0 = System.nanoTime();
				ReachBenchData.loadTasks(con, now);
				this.out.printf(Locale.ROOT,
						"  call lists: %d managers with %d open tasks each (%,d tasks in all) " + "copied in %.1f s%n",
						ReachBenchData.MANAGERS, ReachBenchData.OPEN_TASKS,
						ReachBenchData.MANAGERS * (ReachBenchData.OPEN_TASKS * 4 / 3), (System.nanoTime() - t0) / 1e9);
				FixedRateLoad.Outcome load = callLists(platform.baseUrl("reach"), rate, seconds);
				result = new Result(targets, sent, pipeline, gateway, load, rate);
			}
		}
		finally {
			try (var paths = Files.walk(home)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		report(result, command);
		return result;
	}

	/**
	 * Queues the dispatches and waits until the worker decided every one; checks the
	 * decisions against the planted mix. Returns the seconds from the commit to the last
	 * decision.
	 */
	private double pipeline(Connection con, ConfigurableApplicationContext reach, GatewaySimulator gateway, int targets)
			throws Exception {
		MeterRegistry meters = reach.getBean(MeterRegistry.class);
		double before = ReachBenchData.decided(meters);
		ReachBenchData.queueDispatches(con, targets, Instant.now());
		long start = System.nanoTime();
		double seen = before;
		long lastChange = start;
		while (seen - before < targets) {
			// A meter search walks every meter of the registry: often enough for a tenth
			// of
			// a second, not so often that the search itself takes a share of the cores.
			Thread.sleep(100);
			double now = ReachBenchData.decided(meters);
			if (now != seen) {
				seen = now;
				lastChange = System.nanoTime();
			}
			else if (System.nanoTime() - lastChange > Duration.ofMinutes(2).toNanos()) {
				throw new IllegalStateException(
						"The dispatch worker stalled at " + (long) (seen - before) + " of " + targets + " targets");
			}
		}
		double seconds = (lastChange - start) / 1e9;
		ReachBenchData.Expected expected = ReachBenchData.Expected.of(targets);
		Map<String, Long> wanted = Map.of("SENT", expected.send(), "consent", expected.consent(), "frequency_cap",
				expected.frequencyCap(), "send_time", expected.sendTime());
		// The counters move inside the record's transaction, just before it commits.
		Map<String, Long> counts = ReachBenchData.outcomes(con);
		for (int i = 0; i < 100 && !counts.equals(wanted); i++) {
			Thread.sleep(100);
			counts = ReachBenchData.outcomes(con);
		}
		if (!counts.equals(wanted) || gateway.stats().accepted() != expected.send()) {
			throw new IllegalStateException("The pipeline decided " + counts + " (gateway accepted "
					+ gateway.stats().accepted() + "), the planted mix is " + wanted);
		}
		this.out.printf(Locale.ROOT,
				"  pipeline (claim + policy → send over HTTP → record, outbox to Kafka alongside): %,d targets in "
						+ "%.1f s, %,.0f targets/s; sent %,d (%,.0f/s), suppressed consent %,d, frequency_cap %,d, "
						+ "deferred send_time %,d%n",
				targets, seconds, targets / seconds, expected.send(), expected.send() / seconds, expected.consent(),
				expected.frequencyCap(), expected.sendTime());
		long t0 = System.nanoTime();
		while (ReachBenchData.pending(con) > 0) {
			Thread.sleep(100);
		}
		this.out.printf(Locale.ROOT, "  outbox drained to Kafka %.1f s after the last record%n",
				(System.nanoTime() - t0) / 1e9);
		return seconds;
	}

	/**
	 * Posts {@code messages} messages of the same channel mix and texts straight to the
	 * simulator through reach's channel adapters, on as many threads as the worker sends
	 * with. Returns the seconds it took.
	 */
	private double gatewayAlone(ConfigurableApplicationContext reach, long messages) throws Exception {
		Channels channels = reach.getBean(Channels.class);
		int senders = reach.getEnvironment().getProperty("gridloop.reach.dispatch.senders", Integer.class, 16);
		Templates.Catalogue catalogue = reach.getBean(Templates.class).catalogue();
		Map<String, String> bodies = new HashMap<>();
		for (String channel : List.of("SMS", "WECHAT", "APP_PUSH", "OUTBOUND_CALL")) {
			bodies.put(channel,
					catalogue.render("TOU_TARIFF", channel, new Templates.Variables("张伟", 420.0, "yuan/year")).text());
		}
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		long t0 = System.nanoTime();
		try {
			List<Future<?>> workers = new java.util.ArrayList<>();
			for (int t = 0; t < senders; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
						String channel = ReachBenchData.channel(i);
						channels.adapterFor(channel)
							.send(new ChannelAdapter.Message(UUID.randomUUID(), "GA" + i, channel,
									bodies.get(channel)));
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		this.out.printf(Locale.ROOT,
				"  gateway alone (the same adapters and HTTP client, %d senders, no database): %,d messages in "
						+ "%.1f s, %,.0f/s%n",
				senders, messages, seconds, messages / seconds);
		return seconds;
	}

	/** The manager's call list at {@code rate} requests a second, after a warm-up. */
	private FixedRateLoad.Outcome callLists(String base, int rate, int seconds) throws Exception {
		String user = AccountManagers.DEMO_MANAGER;
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/call-lists/me"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + DemoUsers.password(user)).getBytes(StandardCharsets.UTF_8)))
			.build();
		try (FixedRateLoad load = new FixedRateLoad()) {
			String first = java.net.http.HttpClient.newHttpClient()
				.send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
				.body();
			JsonNode rows = JsonMapper.builder().build().readTree(first);
			if (!rows.isArray() || rows.size() != ReachBenchData.OPEN_TASKS) {
				throw new IllegalStateException("The call list has " + rows.size() + " rows, not "
						+ ReachBenchData.OPEN_TASKS + ": " + first.substring(0, Math.min(300, first.length())));
			}
			FixedRateLoad.Outcome unloaded = load.run(request, 20, Duration.ofSeconds(2),
					body -> body.length() == first.length());
			int warmup = Math.min(5, Math.max(1, seconds / 10));
			load.run(request, rate, Duration.ofSeconds(warmup), body -> true);
			FixedRateLoad.Outcome outcome = load.run(request, rate, Duration.ofSeconds(seconds),
					body -> body.length() == first.length());
			this.out.printf(Locale.ROOT,
					"  call list of %s (%d rows, %,d bytes; p50 %.1f ms at 20/s): %,d requests at %d/s over %.1f s "
							+ "after a %d s warm-up: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%n",
					user, rows.size(), first.getBytes(StandardCharsets.UTF_8).length, unloaded.percentileMillis(50),
					outcome.requests(), rate, outcome.seconds(), warmup, outcome.percentileMillis(50),
					outcome.percentileMillis(90), outcome.percentileMillis(99),
					outcome.latencies().getMaxValue() / 1000.0, outcome.errors());
			// Errors (answers not 200 or not the whole list, no answer within 30 s) are
			// reported, not thrown: an overloaded endpoint is a result too.
			return outcome;
		}
	}

	private void report(Result r, String command) {
		this.report.append("reach", """
				N treatment targets' queued dispatches (2 % opted out, 2 % contacted today, 1 % with a later active \
				hour, 10 % contacted this week; SMS, WeChat, app push and call centre) committed at once and drained \
				by reach's dispatch worker: claim with the contact policy, send over HTTP to the gateway simulator \
				(no latency, no failures, no receipts), record with the outbox; against the same number of messages \
				posted straight to the simulator through reach's channel adapters on as many threads. Ratio = \
				pipeline throughput / gateway alone. Then GET /api/v1/call-lists/me of a manager with 150 open \
				tasks (of 80,000) at a fixed rate, open loop, latency from when each request was due. Targets: \
				ratio ≥ 0.5, p99 < 50 ms at 200 rps.""", command,
				new String[] { "targets", "sent", "pipeline s", "gateway alone s", "ratio", "call-list requests",
						"p50 ms", "p99 ms", "errors" },
				new String[] { String.format(Locale.ROOT, "%,d", r.targets()),
						String.format(Locale.ROOT, "%,d", r.sent()),
						String.format(Locale.ROOT, "%.1f", r.pipelineSeconds()),
						String.format(Locale.ROOT, "%.1f", r.gatewaySeconds()),
						String.format(Locale.ROOT, "%.2f", r.ratio()),
						String.format(Locale.ROOT, "%,d at %d/s", r.callLists().requests(), r.rate()),
						String.format(Locale.ROOT, "%.1f", r.callLists().percentileMillis(50)),
						String.format(Locale.ROOT, "%.1f", r.p99Millis()), String.valueOf(r.callLists().errors()) });
		this.out.println(r.summary());
	}

	/** The fixed offset, to the minute, in which {@code now} is 12:00 or just after. */
	static ZoneOffset noonAt(Instant now) {
		int seconds = now.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay();
		return ZoneOffset.ofTotalSeconds(-Math.floorDiv(seconds - 12 * 3600, 60) * 60);
	}

}
