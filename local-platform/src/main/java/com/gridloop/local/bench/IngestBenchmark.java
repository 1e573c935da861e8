package com.gridloop.local.bench;

import java.io.BufferedWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.ReadingsWriter;
import com.gridloop.local.LocalPlatform;
import com.gridloop.local.demo.PlatformClient;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./gridloop bench ingest}: the same generated interval readings loaded twice into
 * the same PostgreSQL, once by a raw COPY into a plain typed table (the baseline) and
 * once through the whole ingestion pipeline (HTTP upload, spool, parse, validate,
 * deduplicate, merge meter-days, clean, COPY into the partitions, daily facts written and
 * relayed to Kafka).
 */
public final class IngestBenchmark {

	/** The figures of one run. */
	public record Result(long rows, double copySeconds, double pipelineSeconds, long facts, long peakHeapBytes,
			long maxHeapBytes) {

		double copyRate() {
			return this.rows / this.copySeconds;
		}

		double pipelineRate() {
			return this.rows / this.pipelineSeconds;
		}

		double ratio() {
			return pipelineRate() / copyRate();
		}

	}

	private final PrintStream out;

	public IngestBenchmark(PrintStream out) {
		this.out = out;
	}

	public Result run(long readings, long seed) throws Exception {
		int days = 30;
		// Residential meters send 48 values a day and C&I ones 96: about 57 on average
		// with the default mix.
		int customers = (int) Math.max(1, Math.round(readings / (days * 57.6)));
		Path home = Files.createTempDirectory("gridloop-bench-ingest-");
		GeneratorConfig config = GeneratorConfig.defaults(seed, customers, days).withDefects(0, 0.0005, 0.01);
		Population population = new Population(config);
		Path file = home.resolve("readings.csv");
		ReadingsWriter.Stats stats;
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			stats = new ReadingsWriter(population).write(w);
		}
		this.out.printf(Locale.ROOT, "bench ingest: %,d customers, %d days, %,d rows (%,d MB) generated%n", customers,
				days, stats.rows(), Files.size(file) >> 20);
		try (LocalPlatform platform = LocalPlatform
			.start(new LocalPlatform.Options(home, false, 0, 0, false, Map.of("gridloop.outbox.poll-interval", "50ms"))
				.only("ingestion"))) {
			PlatformClient client = new PlatformClient(platform::baseUrl);
			StringWriter archive = new StringWriter();
			population.writeCustomersCsv(archive);
			byte[] archiveBytes = archive.toString().getBytes(StandardCharsets.UTF_8);
			client.postStream("ingestion", "/api/v1/batches/customers?wait=true", "analyst", "text/csv",
					() -> new java.io.ByteArrayInputStream(archiveBytes));

			Map<String, String> db = platform.infrastructure().serviceProperties("ingestion");
			double copySeconds;
			try (Connection con = DriverManager.getConnection(db.get("spring.datasource.url"), "ingestion",
					"ingestion")) {
				try (var st = con.createStatement()) {
					st.execute("create table bench_copy (meter_no text, interval_start timestamp, "
							+ "interval_minutes smallint, kwh real)");
				}
				long t0 = System.nanoTime();
				try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					con.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("copy bench_copy from stdin with (format csv, header true)", r);
				}
				copySeconds = (System.nanoTime() - t0) / 1e9;
				try (var st = con.createStatement()) {
					st.execute("drop table bench_copy");
				}
			}
			this.out.printf(Locale.ROOT, "  baseline: COPY into a plain table %.1f s%n", copySeconds);

			System.gc();
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				pool.resetPeakUsage();
			}
			long t0 = System.nanoTime();
			JsonNode batch = client.postStream("ingestion", "/api/v1/batches/readings?wait=true&fileName=bench.csv",
					"analyst", "text/csv", () -> {
						try {
							return Files.newInputStream(file);
						}
						catch (IOException ex) {
							throw new java.io.UncheckedIOException(ex);
						}
					});
			if (!"COMPLETED".equals(batch.get("status").asString())) {
				throw new IllegalStateException("The pipeline batch ended " + batch);
			}
			long facts = batch.get("factsPublished").asLong();
			awaitRelayed(db, Duration.ofMinutes(30));
			double pipelineSeconds = (System.nanoTime() - t0) / 1e9;
			long peak = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					peak += pool.getPeakUsage().getUsed();
				}
			}
			if (batch.get("received").asLong() != stats.rows()) {
				throw new IllegalStateException(
						"The pipeline read " + batch.get("received") + " rows of " + stats.rows());
			}
			this.out.printf(Locale.ROOT,
					"  pipeline: %,d rows, %,d accepted, %,d duplicates, %,d daily facts relayed "
							+ "to Kafka in %.1f s%n",
					batch.get("received").asLong(), batch.get("accepted").asLong(), batch.get("duplicates").asLong(),
					facts, pipelineSeconds);
			return new Result(stats.rows(), copySeconds, pipelineSeconds, facts, peak,
					Runtime.getRuntime().maxMemory());
		}
		finally {
			try (var paths = Files.walk(home)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/**
	 * The pipeline is done when every fact it wrote to the outbox has been acknowledged
	 * by Kafka.
	 */
	private static void awaitRelayed(Map<String, String> db, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Connection con = DriverManager.getConnection(db.get("spring.datasource.url"), "ingestion", "ingestion");
				var st = con.createStatement()) {
			while (System.nanoTime() < deadline) {
				var rs = st.executeQuery("select count(*) from outbox_event");
				rs.next();
				if (rs.getLong(1) == 0) {
					return;
				}
				Thread.sleep(50);
			}
		}
		throw new IllegalStateException("Facts not relayed within " + timeout);
	}

	/** The summary line the issue names, and the rows of docs/benchmarks.md. */
	public void report(Result r, String command) {
		this.out.printf(Locale.ROOT, "  peak heap %,d MB of %,d MB allowed (whole JVM: Kafka broker and service)%n",
				r.peakHeapBytes() >> 20, r.maxHeapBytes() >> 20);
		BenchmarkReport.inWorkingDirectory()
			.append("ingest", """
					The same generated interval readings (no malformed rows; 0.05 % repeated rows, 1 % of meter-days \
					with a gap) loaded by a raw `COPY` into a plain typed table, and through the whole pipeline: \
					HTTP upload, spool, parse, validate, deduplicate, meter-day merge, gap filling, `COPY` into the \
					monthly partitions, daily facts written to the outbox and acknowledged by Kafka. Target: ratio \
					≥ 0.5 on 2 cores, heap under 1 GB.""", command,
					new String[] { "rows", "copy rows/s", "pipeline rows/s", "ratio", "peak heap MB (max)" },
					new String[] { String.format(Locale.ROOT, "%,d", r.rows()),
							String.format(Locale.ROOT, "%,.0f", r.copyRate()),
							String.format(Locale.ROOT, "%,.0f", r.pipelineRate()),
							String.format(Locale.ROOT, "%.2f", r.ratio()),
							String.format(Locale.ROOT, "%,d (%,d)", r.peakHeapBytes() >> 20, r.maxHeapBytes() >> 20) });
		this.out.printf(Locale.ROOT, "ingest: pipeline %.0f rows/s, copy %.0f rows/s, ratio %.2f%n", r.pipelineRate(),
				r.copyRate(), r.ratio());
	}

}
