package com.gridloop.local.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.gridloop.datagen.Calendar2026;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.LoadModel;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.local.LocalPlatform;
import com.gridloop.profile.analytics.Standardization;
import com.gridloop.profile.analytics.shape.LoadFeatures;
import com.gridloop.profile.analytics.shape.LoadShapes;
import com.gridloop.profile.segmentation.SegmentationJob;
import com.gridloop.profile.segmentation.SegmentationRuns;
import com.gridloop.profile.analytics.FeatureVector;
import org.postgresql.PGConnection;
import smile.clustering.KMeans;
import smile.math.MathEx;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./gridloop bench segment}: the nightly segmentation job end to end over N
 * customers' features (computed from a generated week of their load), against Smile's
 * k-means alone on the same standardised matrix with the k the job chose.
 */
public final class SegmentBench {

	private static final int DAYS = 7;

	private final PrintStream out;

	public SegmentBench(PrintStream out) {
		this.out = out;
	}

	public void run(int customers, long seed, String command) throws Exception {
		Path home = Files.createTempDirectory("gridloop-bench-segment-");
		try (LocalPlatform platform = LocalPlatform.start(new LocalPlatform.Options(home, false, 0, 0, false,
				Map.of("gridloop.profile.refresh-interval", "1h", "gridloop.outbox.poll-interval", "50ms"))
			.only("profile"))) {
			long t0 = System.nanoTime();
			Map<String, double[][]> matrices = load(platform, customers, seed);
			this.out.printf(Locale.ROOT,
					"bench segment: features of %,d customers (a generated week each) loaded in " + "%.1f s%n",
					customers, (System.nanoTime() - t0) / 1e9);

			SegmentationJob job = platform.context("profile").getBean(SegmentationJob.class);
			SegmentationRuns runs = platform.context("profile").getBean(SegmentationRuns.class);
			UUID run = runs.register("BENCH");
			long t1 = System.nanoTime();
			job.run(run);
			runs.complete(run, Map.of());
			double jobSeconds = (System.nanoTime() - t1) / 1e9;
			Map<String, String> db = platform.infrastructure().serviceProperties("profile");
			JsonNode detail;
			try (Connection con = DriverManager.getConnection(db.get("spring.datasource.url"), "profile", "profile");
					var st = con.createStatement();
					var rs = st.executeQuery("select detail::text from segmentation_run where id = '" + run + "'")) {
				rs.next();
				detail = JsonMapper.builder().build().readTree(rs.getString(1));
			}
			this.out.printf(Locale.ROOT, "  job: %.1f s (%s)%n", jobSeconds, detail);

			double kmeansSeconds = 0;
			for (Map.Entry<String, double[][]> m : matrices.entrySet()) {
				int k = detail.get(m.getKey()).get("k").asInt();
				double[][] x = Standardization.fit(LoadFeatures.NAMES, m.getValue()).applyAll(m.getValue());
				MathEx.setSeed(seed);
				long t2 = System.nanoTime();
				KMeans.fit(x, k, 100, 1e-4);
				double s = (System.nanoTime() - t2) / 1e9;
				kmeansSeconds += s;
				this.out.printf(Locale.ROOT, "  Smile k-means alone, %s: %,d x %d, k = %d: %.1f s%n", m.getKey(),
						x.length, x[0].length, k, s);
			}
			double ratio = jobSeconds / kmeansSeconds;
			BenchmarkReport.inWorkingDirectory()
				.append("segment", """
						The nightly segmentation job end to end (read features with a cursor, sample, standardise, \
						choose k by silhouette and cluster on the sample, assign every customer chunk by chunk, name \
						and explain the segments and each member, write memberships by COPY, publish segment \
						changes to the outbox) against Smile's k-means alone on the whole standardised matrix of \
						the same customers with the same k. Target: ratio ≤ 2 and job < 300 s on 2 cores.""", command,
						new String[] { "customers", "job s", "k-means s", "ratio" },
						new String[] { String.format(Locale.ROOT, "%,d", customers),
								String.format(Locale.ROOT, "%.1f", jobSeconds),
								String.format(Locale.ROOT, "%.1f", kmeansSeconds),
								String.format(Locale.ROOT, "%.2f", ratio) });
			this.out.printf(Locale.ROOT, "segment: job %.1f s, kmeans %.1f s, ratio %.2f%n", jobSeconds, kmeansSeconds,
					ratio);
		}
		finally {
			try (var paths = Files.walk(home)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/**
	 * Computes each customer's features from a generated week and copies them into the
	 * profile schema.
	 */
	private Map<String, double[][]> load(LocalPlatform platform, int customers, long seed) throws Exception {
		Population population = new Population(GeneratorConfig.defaults(seed, customers, DAYS));
		LoadModel model = new LoadModel(seed);
		LocalDate first = population.config().firstDay();
		boolean[] rest = new boolean[DAYS];
		for (int d = 0; d < DAYS; d++) {
			rest[d] = Calendar2026.isRestDay(first.plusDays(d));
		}
		boolean[] peak = new boolean[24];
		for (int h = 17; h < 23; h++) {
			peak[h] = true;
		}
		List<double[]> residential = new ArrayList<>();
		List<double[]> ci = new ArrayList<>();
		Map<String, String> db = platform.infrastructure().serviceProperties("profile");
		try (Connection con = DriverManager.getConnection(db.get("spring.datasource.url"), "profile", "profile")) {
			StringBuilder rows = new StringBuilder(1 << 22);
			var copy = con.unwrap(PGConnection.class).getCopyAPI();
			for (SyntheticCustomer c : population.customers()) {
				double[][] hourly = new double[DAYS][];
				for (int d = 0; d < DAYS; d++) {
					hourly[d] = LoadShapes.hourly(model.day(c, first.plusDays(d)));
				}
				double[] f = LoadFeatures.of(hourly, rest, peak);
				boolean household = c.category().name().equals("RESIDENTIAL");
				(household ? residential : ci).add(f);
				rows.append("bench-")
					.append(c.index())
					.append('\t')
					.append(household ? "RESIDENTIAL" : "CI")
					.append('\t');
				FeatureVector.appendCopyField(rows, f).append("\ttrue\n");
				if (rows.length() > (1 << 22)) {
					copy.copyIn("copy customer_feature (customer_id, grp, features, has_phone) from stdin",
							new java.io.StringReader(rows.toString()));
					rows.setLength(0);
				}
			}
			copy.copyIn("copy customer_feature (customer_id, grp, features, has_phone) from stdin",
					new java.io.StringReader(rows.toString()));
		}
		return Map.of("RESIDENTIAL", residential.toArray(double[][]::new), "CI", ci.toArray(double[][]::new));
	}

}
