package com.gridloop.local.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.gridloop.local.bench.BenchmarkReport;
import com.gridloop.local.chaos.FaultInjector.Fault;
import com.gridloop.local.chaos.FaultInjector.Kind;

/**
 * {@code ./gridloop chaos}: the same work twice on fresh platforms from the same seed,
 * once without faults and once with them (each service killed with SIGKILL once, the
 * Kafka broker stopped for a while, PostgreSQL restarted), and every stage's exact count
 * compared.
 */
public final class ChaosRun {

	/**
	 * The stages each service is busy in: a kill there interrupts real work (ingestion's
	 * in the readings upload, the batch it must re-run to the same counts).
	 */
	private static final Map<String, List<String>> BUSY = Map.of("ingestion", List.of("readings"), "profile",
			List.of("readings", "profile"), "strategy", List.of("profile", "campaign"), "reach",
			List.of("campaign", "reach"), "evaluation", List.of("reach", "outcomes"));

	/**
	 * @param faults the faults of the second run
	 * @param brokerPause how long the broker stays down
	 * @param heap each service process's maximum heap
	 */
	public record Options(int customers, long readings, long seed, List<Fault> faults, Duration brokerPause,
			String heap) {

		/**
		 * Each service killed once in a stage it is busy in, the broker stopped and
		 * PostgreSQL restarted in any stage, the stages drawn from the seed.
		 */
		public static Options everyFault(int customers, long readings, long seed, Duration brokerPause) {
			Random random = new Random(seed * 31 + 7);
			List<Fault> faults = new ArrayList<>();
			for (String service : List.of("ingestion", "profile", "strategy", "reach", "evaluation")) {
				List<String> stages = BUSY.get(service);
				faults.add(new Fault(Kind.KILL, service, stages.get(random.nextInt(stages.size()))));
			}
			List<String> all = ChaosDrive.STAGES;
			faults.add(new Fault(Kind.BROKER, null, all.get(1 + random.nextInt(all.size() - 1))));
			faults.add(new Fault(Kind.POSTGRES, null, all.get(1 + random.nextInt(all.size() - 1))));
			return new Options(customers, readings, seed, faults, brokerPause, "1g");
		}

	}

	/** One run: what the drive did, the counts it ended with, the faults it survived. */
	record Phase(ChaosDrive.Result drive, StageCounts counts, List<FaultInjector.Injected> faults, Path home) {
	}

	/** The verdict: the summary line's figures and the comparison behind them. */
	public record Verdict(int faults, long lost, long duplicated, double recoveredSeconds, List<Comparison.Row> rows) {

		public String line() {
			return String.format(Locale.ROOT, "chaos: faults %d, lost %d, duplicated %d, recovered in %.1f s",
					this.faults, this.lost, this.duplicated, this.recoveredSeconds);
		}

		public boolean clean() {
			return this.lost == 0 && this.duplicated == 0;
		}

	}

	private final PrintStream out;

	public ChaosRun(PrintStream out) {
		this.out = out;
	}

	public Verdict run(Options options) throws Exception {
		ChaosDrive.Workload load = new ChaosDrive.Workload(options.customers(), options.readings(), options.seed(),
				Duration.ofMinutes(30));
		this.out.printf("chaos: %,d customers, about %,d readings, seed %d; first without faults%n",
				options.customers(), options.readings(), options.seed());
		Phase baseline = phase(options, load, List.of(), Map.of());
		List<Comparison.Row> itself = Comparison.rows(baseline.counts(), baseline.counts());
		if (itself.stream().anyMatch(r -> r.lost() + r.duplicated() > 0)) {
			this.out.println("chaos: the fault-free run does not add up by itself:");
			Comparison.print(itself, this.out);
		}
		this.out.printf("chaos: now with %d faults: %s%n", options.faults().size(),
				options.faults().stream().map(f -> f.describe() + " in " + f.stage()).toList());
		Phase chaos = phase(options, load, options.faults(), baseline.drive().stageMillis());
		List<Comparison.Row> rows = Comparison.rows(baseline.counts(), chaos.counts());
		Comparison.print(rows, this.out);
		double recovered = chaos.faults()
			.stream()
			.mapToDouble(FaultInjector.Injected::recoveredSeconds)
			.max()
			.orElse(0);
		long lost = rows.stream().mapToLong(Comparison.Row::lost).sum();
		long duplicated = rows.stream().mapToLong(Comparison.Row::duplicated).sum();
		if (lost + duplicated == 0) {
			delete(baseline.home());
			delete(chaos.home());
		}
		else {
			this.out.printf("chaos: the runs' folders and service logs stay in %s and %s%n", baseline.home(),
					chaos.home());
		}
		return new Verdict(chaos.faults().size(), lost, duplicated, recovered, rows);
	}

	private Phase phase(Options options, ChaosDrive.Workload load, List<Fault> faults, Map<String, Long> stageMillis)
			throws Exception {
		Path home = Files.createTempDirectory("gridloop-chaos-");
		long t0 = System.nanoTime();
		try (ChaosPlatform platform = ChaosPlatform.start(home, options.heap());
				Backlog backlog = new Backlog(platform.infrastructure());
				FaultInjector injector = new FaultInjector(platform, backlog, faults, stageMillis,
						options.brokerPause(), options.seed(), this.out)) {
			this.out.printf("  platform up in %.1f s (service logs in %s)%n", (System.nanoTime() - t0) / 1e9,
					home.resolve("logs"));
			ChaosDrive.Result drive = new ChaosDrive(platform, backlog, home, Duration.ofMinutes(15), this.out)
				.run(load, injector::stage);
			List<FaultInjector.Injected> injected = injector.awaitAll();
			StageCounts counts = StageCounts.settled(platform, platform.client(Duration.ofMinutes(5)), backlog, drive,
					Duration.ofMinutes(15));
			this.out.printf("  done in %.1f s: stages %s%n", (System.nanoTime() - t0) / 1e9, drive.stageMillis());
			return new Phase(drive, counts, injected, home);
		}
		catch (Exception | Error ex) {
			this.out.println("  the run failed; its folder and service logs stay in " + home);
			throw ex;
		}
	}

	/** Appends the run's figures to docs/benchmarks.md. */
	public static void report(Verdict verdict, Options options, String command) {
		BenchmarkReport.inWorkingDirectory()
			.append("chaos", """
					`./gridloop chaos`: the same generated data and campaign twice on fresh platforms (five service \
					processes, one PostgreSQL, one Kafka broker), once without faults and once with each service \
					killed with SIGKILL, the broker stopped and PostgreSQL restarted; every stage's count compared. \
					Recovered: the longest time from a fault's end to all services healthy and the outbox and \
					consumer backlog back to where it stood before the fault.""", command,
					new String[] { "customers", "readings", "faults", "lost", "duplicated", "recovered (s)" },
					new String[] { String.format(Locale.ROOT, "%,d", options.customers()),
							String.format(Locale.ROOT, "%,d", options.readings()), String.valueOf(verdict.faults()),
							String.valueOf(verdict.lost()), String.valueOf(verdict.duplicated()),
							String.format(Locale.ROOT, "%.1f", verdict.recoveredSeconds()) });
	}

	private static void delete(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is harmless
		}
	}

}
