package com.gridloop.profile.segmentation;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import com.gridloop.common.event.Events;
import com.gridloop.common.jdbc.PgCopy;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.profile.analytics.cluster.CentroidModel;
import com.gridloop.profile.analytics.cluster.ClusterProfile;
import com.gridloop.profile.analytics.cluster.ClusterStats;
import com.gridloop.profile.analytics.cluster.KMeansClusterer;
import com.gridloop.profile.analytics.cluster.KMeansSettings;
import com.gridloop.profile.analytics.cluster.MemberExplainer;
import com.gridloop.profile.analytics.cluster.Segmentation;
import com.gridloop.profile.analytics.shape.LoadFeatures;
import com.gridloop.profile.analytics.shape.LoadShapes;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One segmentation run, per customer group (residential, C&I): k-means on a sample of the customers' standardised
 * features with k chosen by silhouette, every customer assigned chunk by chunk, clusters named in business words by
 * rules on their centroids, explained (distinctive features, centroid load shape, each member's reason) and checked
 * (reachable, evaluable, stable against the previous run). Customers whose segment changed are published and get a
 * new tag snapshot.
 */
@Component
public class SegmentationJob {

	private static final Logger log = LoggerFactory.getLogger(SegmentationJob.class);

	static final List<String> GROUPS = List.of("RESIDENTIAL", "CI");

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate tx;

	/** Chunks commit on their own while the cursor that reads the customers stays open in its transaction. */
	private final TransactionTemplate txNew;

	private final Outbox outbox;

	private final SegmentationProperties properties;

	private final SegmentNames names;

	private final JsonMapper json;

	SegmentationJob(JdbcTemplate jdbc, TransactionTemplate tx, Outbox outbox, SegmentationProperties properties,
			JsonMapper json) {
		this.jdbc = jdbc;
		this.dataSource = jdbc.getDataSource();
		this.tx = tx;
		this.txNew = new TransactionTemplate(tx.getTransactionManager());
		this.txNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.outbox = outbox;
		this.properties = properties;
		this.names = new SegmentNames(properties.names());
		this.json = json;
	}

	/** Registers a run so its progress can be followed, before it starts. */
	public UUID register(String trigger) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("insert into segmentation_run (id, trigger, status, started_at) values (?, ?, 'QUEUED', now())",
				id, trigger);
		return id;
	}

	/** Records that a registered run did not start because another replica held the lock. */
	public void skipped(UUID runId) {
		this.jdbc.update("""
				update segmentation_run set status = 'SKIPPED', finished_at = now(),
				  error = 'Another replica was running a segmentation' where id = ?""", runId);
	}

	/** Runs a registered run to the end, recording success or failure on it. */
	public void run(UUID runId) {
		long t0 = System.nanoTime();
		this.jdbc.update("update segmentation_run set status = 'RUNNING', started_at = now() where id = ?", runId);
		try {
			Map<String, Object> detail = new LinkedHashMap<>();
			long customers = 0, changed = 0;
			List<String> versions = new ArrayList<>();
			for (String group : GROUPS) {
				GroupResult r = runGroup(runId, group);
				if (r == null) {
					continue;
				}
				customers += r.customers();
				changed += r.changed();
				versions.add(group + ":" + r.version());
				detail.put(group, Map.of("k", r.k(), "customers", r.customers(), "changed", r.changed(),
						"silhouette", r.silhouette(), "seconds", r.seconds()));
			}
			detail.put("seconds", (System.nanoTime() - t0) / 1e9);
			this.jdbc.update("""
					update segmentation_run set status = 'SUCCEEDED', finished_at = now(), customers = ?, assigned = ?,
					  changed = ?, model_version = ?, detail = ?::jsonb where id = ?""", customers, customers, changed,
					String.join(" ", versions), this.json.writeValueAsString(detail), runId);
			log.info("Segmentation run {}: {} customers, {} changed segment, in {} s", runId, customers, changed,
					String.format("%.1f", (System.nanoTime() - t0) / 1e9));
		}
		catch (RuntimeException ex) {
			log.error("Segmentation run {} failed", runId, ex);
			this.jdbc.update("update segmentation_run set status = 'FAILED', finished_at = now(), error = ? where id = ?",
					String.valueOf(ex.getMessage()), runId);
			throw ex;
		}
	}

	private record GroupResult(int k, long customers, long changed, double silhouette, String version,
			double seconds) {
	}

	private GroupResult runGroup(UUID runId, String group) {
		long t0 = System.nanoTime();
		// Pass 1: a reservoir sample to train on.
		List<double[]> sample = new ArrayList<>();
		Random random = new Random(this.properties.seed() ^ group.hashCode());
		long[] seen = { 0 };
		stream(group, (id, features, hasPhone, previous) -> {
			seen[0]++;
			if (sample.size() < this.properties.sampleSize()) {
				sample.add(features);
			}
			else {
				long j = (long) (random.nextDouble() * seen[0]);
				if (j < this.properties.sampleSize()) {
					sample.set((int) j, features);
				}
			}
		});
		if (sample.size() < 2) {
			return null;
		}
		KMeansSettings settings = KMeansSettings.defaults(this.properties.seed())
			.withSampleSize(this.properties.sampleSize())
			.withKRange(this.properties.kMin(), Math.min(this.properties.kMax(), sample.size() - 1));
		if (this.properties.fixedK() > 0) {
			settings = settings.withFixedK(Math.min(this.properties.fixedK(), sample.size()));
		}
		Segmentation segmentation = Segmentation.fit(KMeansClusterer.smile(settings), LoadFeatures.NAMES,
				sample.toArray(double[][]::new), true);
		List<Map<String, Object>> centroids = new ArrayList<>();
		for (int c = 0; c < segmentation.k(); c++) {
			double[] centroid = segmentation.centroid(c);
			Map<String, Object> byName = new HashMap<>();
			for (int f = 0; f < LoadFeatures.NAMES.size(); f++) {
				byName.put(LoadFeatures.NAMES.get(f), centroid[f]);
			}
			centroids.add(byName);
		}
		List<SegmentNames.Named> named = this.names.name(group, centroids);
		MemberExplainer explainer = segmentation.memberExplainer();

		// Pass 2: every customer, chunk by chunk.
		ClusterStats stats = segmentation.newStats();
		long[] reachable = new long[segmentation.k()];
		long[] sizes = new long[segmentation.k()];
		long[] kept = new long[segmentation.k()];
		long[] hadModel = new long[segmentation.k()];
		long[] changed = { 0 };
		List<Object[]> chunk = new ArrayList<>(this.properties.chunkSize());
		Consumer<List<Object[]>> write = rows -> changed[0] += writeChunk(runId, rows);
		stream(group, (id, features, hasPhone, previous) -> {
			int c = segmentation.assign(features);
			stats.add(features, c);
			sizes[c]++;
			reachable[c] += hasPhone ? 1 : 0;
			String code = named.get(c).code();
			if (previous != null && previous[1] != null) {
				hadModel[c]++;
				kept[c] += code.equals(previous[0]) ? 1 : 0;
			}
			String reason = named.get(c).name() + ": " + explainer.explain(features, 3).describe();
			chunk.add(new Object[] { id, code, reason, previous == null ? null : previous[0] });
			if (chunk.size() >= this.properties.chunkSize()) {
				write.accept(chunk);
				chunk.clear();
				this.txNew.executeWithoutResult(t -> this.jdbc.update(
						"update segmentation_run set assigned = assigned + ? where id = ?", this.properties.chunkSize(),
						runId));
			}
		});
		write.accept(chunk);

		long minSize = minimumSize();
		long total = stats.total();
		List<ClusterProfile> profiles = stats.profiles(4);
		for (ClusterProfile p : profiles) {
			int c = p.cluster();
			SegmentNames.Named n = named.get(c);
			double[] shape = p.means(LoadShapes.HOURS);
			Double[] boxed = new Double[shape.length];
			for (int h = 0; h < shape.length; h++) {
				boxed[h] = shape[h];
			}
			this.jdbc.update(con -> {
				var ps = con.prepareStatement("""
						insert into segment (run_id, code, name, grp, cluster, size, share, description, centroid_shape,
						  reachable_share, evaluable, min_size, stability) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
				ps.setObject(1, runId);
				ps.setString(2, n.code());
				ps.setString(3, n.name());
				ps.setString(4, group);
				ps.setInt(5, c);
				ps.setLong(6, sizes[c]);
				ps.setDouble(7, total == 0 ? 0 : (double) sizes[c] / total);
				ps.setString(8, "Named by " + n.rule() + ". Distinctive: " + p.describe(4));
				ps.setArray(9, con.createArrayOf("float8", boxed));
				ps.setDouble(10, sizes[c] == 0 ? 0 : (double) reachable[c] / sizes[c]);
				ps.setBoolean(11, sizes[c] >= minSize);
				ps.setLong(12, minSize);
				if (hadModel[c] == 0) {
					ps.setNull(13, java.sql.Types.DOUBLE);
				}
				else {
					ps.setDouble(13, (double) kept[c] / hadModel[c]);
				}
				return ps;
			});
		}
		double silhouette = segmentation.model() instanceof CentroidModel cm && cm.selection() != null
				? cm.selection().chosen().silhouette() : Double.NaN;
		return new GroupResult(segmentation.k(), total, changed[0], silhouette, segmentation.model().version(),
				(System.nanoTime() - t0) / 1e9);
	}

	/** Customers a segment needs so that a campaign's control group can detect the stated effect. */
	long minimumSize() {
		NormalDistribution z = NormalDistribution.of(0, 1);
		double zAlpha = z.inverseCumulativeProbability(0.975);
		double zBeta = z.inverseCumulativeProbability(0.80);
		double p = this.properties.baseRate();
		double perArm = Math.pow(zAlpha + zBeta, 2) * 2 * p * (1 - p)
				/ Math.pow(this.properties.minimumDetectableEffect(), 2);
		return (long) Math.ceil(perArm / this.properties.controlShare());
	}

	/** Writes a chunk of memberships; publishes and refreshes the customers whose segment changed. */
	private long writeChunk(UUID runId, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		Long n = this.txNew.execute(s -> {
			StringBuilder text = new StringBuilder(rows.size() * 200);
			List<SegmentChanged> changes = new ArrayList<>();
			for (Object[] r : rows) {
				PgCopy.field(text, (String) r[0]).append('\t');
				PgCopy.field(text, (String) r[1]).append('\t');
				PgCopy.field(text, (String) r[2]).append('\n');
				if (!r[1].equals(r[3])) {
					changes.add(new SegmentChanged((String) r[0], runId.toString(), (String) r[3], (String) r[1],
							(String) r[2]));
				}
			}
			this.jdbc.execute("""
					create temp table if not exists segment_load (customer_id text, segment_code text, reason text)
					on commit delete rows""");
			PgCopy.copyIn(this.dataSource, "copy segment_load from stdin", text);
			this.jdbc.update("""
					insert into customer_segment (customer_id, segment_code, reason, assigned_at, source, run_id)
					select customer_id, segment_code, reason, now(), 'MODEL', ? from segment_load
					on conflict (customer_id) do update set segment_code = excluded.segment_code,
					  reason = excluded.reason, assigned_at = excluded.assigned_at, source = 'MODEL',
					  run_id = excluded.run_id""", runId);
			if (!changes.isEmpty()) {
				String[] ids = changes.stream().map(SegmentChanged::customerId).toArray(String[]::new);
				this.jdbc.update(con -> {
					var ps = con.prepareStatement(
							"insert into dirty_customer (customer_id) select unnest(?::text[]) on conflict do nothing");
					ps.setArray(1, con.createArrayOf("text", ids));
					return ps;
				});
				this.outbox.appendAll(Events.SEGMENT_CHANGED, changes, SegmentChanged::customerId);
			}
			return (long) changes.size();
		});
		return n == null ? 0 : n;
	}

	@FunctionalInterface
	private interface Row {

		/** @param previous the customer's segment code and source before this run, or null */
		void accept(String customerId, double[] features, boolean hasPhone, String[] previous);

	}

	/** Streams a group's customers with a cursor, never holding the whole group in memory. */
	private void stream(String group, Row row) {
		this.tx.executeWithoutResult(s -> {
			JdbcTemplate cursor = new JdbcTemplate(this.dataSource);
			cursor.setFetchSize(this.properties.chunkSize());
			cursor.query("""
					select f.customer_id, f.features, f.has_phone, s.segment_code, s.source
					from customer_feature f left join customer_segment s on s.customer_id = f.customer_id
					where f.grp = ? order by f.customer_id""", (RowCallbackHandler) rs -> {
				row.accept(rs.getString(1), doubles(rs.getArray(2)), rs.getBoolean(3),
						rs.getString(4) == null ? null
								: new String[] { rs.getString(4), "MODEL".equals(rs.getString(5)) ? "MODEL" : null });
			}, group);
		});
	}

	private static double[] doubles(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = ((Number) values[i]).doubleValue();
		}
		return out;
	}

}
