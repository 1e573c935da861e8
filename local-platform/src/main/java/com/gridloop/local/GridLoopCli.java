package com.gridloop.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.gridloop.embedded.Infrastructure;
import com.gridloop.local.bench.AudienceBench;
import com.gridloop.local.bench.EvaluationBench;
import com.gridloop.local.bench.IdentityBench;
import com.gridloop.local.bench.SegmentBench;
import com.gridloop.local.demo.DemoSummary;
import com.gridloop.local.demo.LoopRun;
import com.gridloop.local.demo.PlatformClient;
import tools.jackson.databind.json.JsonMapper;

/** The user's entry point behind {@code ./gridloop}: run, demo, help. */
public final class GridLoopCli {

	private static final PrintStream OUT = System.out;

	private GridLoopCli() {
	}

	public static void main(String[] args) throws Exception {
		// Five Spring applications share one JVM: logback.xml configures logging once,
		// not once per application.
		System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
		// Tomcat logs through java.util.logging: route it to the same console.
		org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
		org.slf4j.bridge.SLF4JBridgeHandler.install();
		String command = args.length == 0 ? "help" : args[0];
		Args options = new Args(args);
		int exit = switch (command) {
			case "run" -> run(options);
			case "demo" -> demo(options);
			case "bench" -> bench(options);
			case "chaos" -> chaos(options);
			case "service" -> com.gridloop.local.chaos.ServiceMain.run(args);
			case "hash-password" -> hashPassword();
			case "help", "--help", "-h" -> help();
			default -> {
				OUT.println("Unknown command: " + command);
				help();
				yield 2;
			}
		};
		System.exit(exit);
	}

	/**
	 * Reads a password from standard input and prints it hashed for
	 * {@code GRIDLOOP_SECURITY_USERS_<NAME>_PASSWORD}.
	 */
	private static int hashPassword() throws java.io.IOException {
		String password = new java.io.BufferedReader(
				new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
			.readLine();
		if (password == null || password.isEmpty()) {
			OUT.println("Give the password on standard input: echo -n 'passphrase' | ./gridloop hash-password");
			return 2;
		}
		OUT.println(
				"{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(password));
		return 0;
	}

	private static int help() {
		OUT.println(
				"""
						GridLoop: precision marketing for a power supply company (data -> insight -> strategy -> reach -> evaluation)

						  ./gridloop run   [--home DIR]
						      Starts PostgreSQL and Kafka (KRaft, localhost:9092) inside the JVM, the five services on
						      8081-8085 and the admin console on http://localhost:8080; data stays in DIR (default
						      ./.gridloop) between runs. Ctrl-C stops everything.
						  ./gridloop run --demo [--customers N]
						      The same platform on a fresh throwaway database, filled by the demo loop (N generated
						      customers, default 10,000, 30 days, campaigns and call lists), then left running for the
						      console: prints http://localhost:8080 and the demo users.
						  ./gridloop demo  [--customers N] [--days D] [--seed S] [--control-share X] [--summary-json FILE]
						      Starts a throwaway platform on free ports, generates N customers (default 10,000) with D days
						      (default 30) of interval data, runs them through the whole loop over Kafka and prints what each
						      stage did. Exit 0 only when every stage did its work.
						  ./gridloop bench <name> [options]
						      Benchmarks; ./gridloop bench lists them.
						  ./gridloop chaos [--customers N] [--readings M] [--seed S] [--broker-pause SECONDS]
						      The demo's data (default 20,000 customers, 2,000,000 readings) and one campaign twice, the
						      five services as processes of their own: without faults, then with each service killed with
						      SIGKILL, Kafka stopped (default 60 s) and PostgreSQL restarted. Compares every stage's counts,
						      ends with `chaos: faults N, lost L, duplicated D, recovered in X s`; exit 0 only if L = D = 0.
						  ./gridloop hash-password
						      Reads a password on standard input and prints it as {bcrypt}..., for a service's users.
						  ./gridloop help
						      This text.

						Environment: GRIDLOOP_DB_URL / GRIDLOOP_DB_USER / GRIDLOOP_DB_PASSWORD use an existing PostgreSQL
						(superuser, to create the service roles); GRIDLOOP_KAFKA_BOOTSTRAP uses an existing Kafka cluster.""");
		return 0;
	}

	private static int run(Args args) throws IOException, InterruptedException {
		boolean demo = args.flag("--demo");
		// A demo fills a platform of its own: the data of a normal run stays as it is.
		Path home = demo ? Files.createTempDirectory("gridloop-run-demo-")
				: Path.of(args.value("--home", System.getenv().getOrDefault("GRIDLOOP_HOME", ".gridloop")))
					.toAbsolutePath();
		OUT.println("Starting GridLoop (data in " + home + ") ...");
		long t0 = System.nanoTime();
		LocalPlatform platform = new LocalPlatform(
				new LocalPlatform.Options(home, true, args.intValue("--postgres-port", 5433),
						args.intValue("--kafka-port", 9092), !demo, demo ? LoopRun.PLATFORM_PROPERTIES : Map.of()));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			OUT.println("Stopping GridLoop ...");
			platform.close();
			if (demo) {
				deleteQuietly(home);
			}
			stopped.countDown();
		}, "gridloop-stop"));
		platform.start();
		OUT.printf("%nGridLoop is up in %.1f s.%n%n", (System.nanoTime() - t0) / 1e9);
		if (demo) {
			int customers = args.intValue("--customers", 10_000);
			OUT.printf("Loading the demo: %,d generated customers through the whole loop ...%n%n", customers);
			DemoSummary summary = new LoopRun(new PlatformClient(platform::baseUrl), OUT)
				.run(new LoopRun.Plan(customers, 30, 20261126L, 0.2, Duration.ofMinutes(15)));
			OUT.printf("%nDemo data %s.%n%n",
					summary.complete() ? "loaded" : "INCOMPLETE: a stage did not do its work");
		}
		printEndpoints(platform);
		OUT.println("\nPress Ctrl-C to stop.");
		stopped.await();
		return 0;
	}

	private static void printEndpoints(LocalPlatform platform) {
		Infrastructure infra = platform.infrastructure();
		OUT.printf("  Console     %s%n%n", platform.baseUrl(LocalPlatform.CONSOLE));
		OUT.printf("  %-11s %-28s %s%n", "service", "API", "docs / health");
		for (ServiceSpec spec : ServiceSpec.ALL) {
			String base = platform.baseUrl(spec.name());
			OUT.printf("  %-11s %-28s %s/swagger-ui.html  %s/actuator/health%n", spec.name(), base, base, base);
		}
		OUT.printf(
				"%n  PostgreSQL  %s (schemas ingestion, profile, strategy, reach, evaluation; role = schema = password)%n",
				infra.databaseUrl());
		OUT.printf("  Kafka       %s%n%n  Demo users (console login and HTTP Basic):%n", infra.kafkaBootstrap());
		DemoUsers.USERS.forEach((name, v) -> OUT.printf("    %-9s %-15s %s%n", name, v[0], v[1]));
	}

	private static int demo(Args args) throws IOException {
		int customers = args.intValue("--customers", 10_000);
		int days = args.intValue("--days", 30);
		long seed = Long.parseLong(args.value("--seed", "20261126"));
		double controlShare = Double.parseDouble(args.value("--control-share", "0.2"));
		Path home = Files.createTempDirectory("gridloop-demo-");
		OUT.printf("GridLoop demo: %,d customers, %d days of interval data, seed %d (platform in %s)%n", customers,
				days, seed, home);
		long t0 = System.nanoTime();
		DemoSummary summary;
		LocalPlatform demo = new LocalPlatform(
				new LocalPlatform.Options(home, false, 0, 0, false, LoopRun.PLATFORM_PROPERTIES));
		Thread stop = new Thread(demo::close, "gridloop-demo-stop");
		Runtime.getRuntime().addShutdownHook(stop);
		try (LocalPlatform platform = demo.start()) {
			OUT.printf("Platform up in %.1f s: five services, PostgreSQL and Kafka (%s)%n%n",
					(System.nanoTime() - t0) / 1e9, platform.infrastructure().kafkaBootstrap());
			LoopRun loop = new LoopRun(new PlatformClient(platform::baseUrl), OUT);
			summary = loop.run(new LoopRun.Plan(customers, days, seed, controlShare, Duration.ofMinutes(15)));
		}
		finally {
			deleteQuietly(home);
		}
		String json = JsonMapper.builder()
			.build()
			.writerWithDefaultPrettyPrinter()
			.writeValueAsString(summary.asJson());
		String file = args.value("--summary-json", null);
		if (file != null) {
			Files.writeString(Path.of(file), json);
			OUT.println("\nSummary written to " + file);
		}
		OUT.printf("%nDemo %s in %.1f s.%n",
				summary.complete() ? "complete" : "INCOMPLETE: a stage did not do its work",
				(System.nanoTime() - t0) / 1e9);
		return summary.complete() ? 0 : 1;
	}

	private static int bench(Args args) throws Exception {
		String which = args.raw().length > 1 ? args.raw()[1] : "";
		String command = "./gridloop bench "
				+ String.join(" ", java.util.Arrays.copyOfRange(args.raw(), 1, args.raw().length));
		return switch (which) {
			case "ingest" -> {
				var bench = new com.gridloop.local.bench.IngestBenchmark(OUT);
				bench.report(bench.run(args.longValue("--readings", 10_000_000L), 20261126L), command);
				yield 0;
			}
			case "segment" -> sized(args, "--customers", 1_000_000, 20261126L, new SegmentBench(OUT)::run, command);
			case "audience" -> sized(args, "--customers", 1_000_000, 20261201L, new AudienceBench(OUT)::run, command);
			case "identity" -> sized(args, "--records", 1_000_000, 42, new IdentityBench(OUT)::run, command);
			case "evaluation" -> sized(args, "--campaigns", 1_000, 20261201L, new EvaluationBench(OUT)::run, command);
			case "reach" -> {
				new com.gridloop.local.bench.ReachBench(OUT).run(args.intValue("--targets", 1_000_000),
						args.intValue("--seconds", 60), args.intValue("--rate", 200), command);
				yield 0;
			}
			default -> {
				OUT.println(
						"""
								Benchmarks (each prints its figures, appends them to docs/benchmarks.md and ends with a summary line):
								  ./gridloop bench ingest   [--readings N]   raw COPY against the whole ingestion pipeline (default 10,000,000)
								  ./gridloop bench identity [--records N]    probabilistic identity resolution with planted duplicates (default 1,000,000)
								  ./gridloop bench segment  [--customers N]  the nightly segmentation job against Smile k-means alone (default 1,000,000)
								  ./gridloop bench audience [--customers N]  an audience preview against a hand-written SQL count of the same rule (default 1,000,000)
								  ./gridloop bench evaluation [--campaigns N] simulated campaigns through evaluation's statistics (default 1,000)
								  ./gridloop bench reach    [--targets N] [--seconds S] [--rate R]
								                                             targets through reach's contact policy and the gateway simulator against
								                                             the simulator alone (default 1,000,000), then call-lists/me at R/s for S s
								                                             (default 200/s for 60 s)""");
				yield which.isEmpty() ? 0 : 2;
			}
		};
	}

	/** A benchmark that takes its size and seed from the command line. */
	@FunctionalInterface
	private interface SizedBench {

		void run(int size, long seed, String command) throws Exception;

	}

	/**
	 * Runs a sized benchmark with {@code sizeOption} (default {@code size}) and
	 * {@code --seed} (default {@code seed}).
	 */
	private static int sized(Args args, String sizeOption, int size, long seed, SizedBench bench, String command)
			throws Exception {
		bench.run(args.intValue(sizeOption, size), args.longValue("--seed", seed), command);
		return 0;
	}

	private static int chaos(Args args) throws Exception {
		var options = com.gridloop.local.chaos.ChaosRun.Options.everyFault(args.intValue("--customers", 20_000),
				args.longValue("--readings", 2_000_000L), args.longValue("--seed", 20261126L),
				Duration.ofSeconds(args.intValue("--broker-pause", 60)));
		var verdict = new com.gridloop.local.chaos.ChaosRun(OUT).run(options);
		com.gridloop.local.chaos.ChaosRun.report(verdict, options,
				"./gridloop " + String.join(" ", java.util.Arrays.copyOfRange(args.raw(), 0, args.raw().length)));
		OUT.println(verdict.line());
		return verdict.clean() ? 0 : 1;
	}

	private static void deleteQuietly(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is harmless
		}
	}

	/** {@code --name value} options. */
	private record Args(String[] raw) {

		boolean flag(String name) {
			return java.util.Arrays.asList(this.raw).subList(1, this.raw.length).contains(name);
		}

		String value(String name, String fallback) {
			for (int i = 1; i < this.raw.length - 1; i++) {
				if (this.raw[i].equals(name)) {
					return this.raw[i + 1];
				}
			}
			return fallback;
		}

		long longValue(String name, long fallback) {
			return Long.parseLong(value(name, String.valueOf(fallback)).replace(",", "").replace("_", ""));
		}

		int intValue(String name, int fallback) {
			return Integer.parseInt(value(name, String.valueOf(fallback)).replace(",", "").replace("_", ""));
		}

	}

}
