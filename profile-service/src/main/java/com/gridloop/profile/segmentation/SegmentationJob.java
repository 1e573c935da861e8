package com.gridloop.profile.segmentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.gridloop.common.event.Events;
import com.gridloop.common.jdbc.PgCopy;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.profile.analytics.cluster.CentroidModel;
import com.gridloop.profile.analytics.cluster.ClusterProfile;
import com.gridloop.profile.analytics.cluster.ClusterStats;
import com.gridloop.profile.analytics.cluster.KMeansClusterer;
import com.gridloop.profile.analytics.cluster.KMeansSettings;
import com.gridloop.profile.analytics.cluster.Segmentation;
import com.gridloop.profile.analytics.shape.LoadFeatures;
import com.gridloop.profile.ProfileProperties.SegmentRule;
import com.gridloop.profile.analytics.shape.LoadShapes;
import com.gridloop.profile.tags.FeatureVector;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;

import org.postgresql.PGStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One segmentation run, per customer group (residential, C&I): k-means on a sample of the customers' standardised
 * features with k chosen by silhouette, every customer assigned in one streaming pass and written by COPY, clusters
 * named in business words by rules on their centroids, explained (distinctive features, centroid load shape; each
 * member's reason on demand from the stored model) and checked (reachable, evaluable, stable against the previous
 * run). Customer rules on customers' own tags (complaints, online activity, churn risk) come first: a customer
 * meeting one is in the rule's segment, with the reason in its own values, whatever its load shape. Customers whose
 * segment changed are published and get a new tag snapshot.
 */
@Component
public class SegmentationJob {

	private static final Logger log = LoggerFactory.getLogger(SegmentationJob.class);

	static final List<String> GROUPS = List.of("RESIDENTIAL", "CI");

	/** Memberships per COPY: few round trips, and a progress update each time. */
	private static final int COPY_CHUNK = 50_000;

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

	/** Completes a segmented run: adds the models it trained (their metrics) and makes it the current run. */
	public void complete(UUID runId, Map<String, Object> models) {
		this.jdbc.update("""
				update segmentation_run set status = 'SUCCEEDED', finished_at = now(),
				  detail = coalesce(detail, '{}'::jsonb) || jsonb_build_object('models', ?::jsonb) where id = ?""",
				this.json.writeValueAsString(models), runId);
	}

	/** Records a failure after the segmentation (in the models). */
	public void fail(UUID runId, Exception ex) {
		this.jdbc.update("update segmentation_run set status = 'FAILED', finished_at = now(), error = ? where id = ?",
				String.valueOf(ex.getMessage()), runId);
	}

	/**
	 * Queues every customer for a full tag recomputation: incremental refreshes follow the facts that arrive, the
	 * nightly run recomputes everything (windows move on even when no fact arrives).
	 */
	public void recomputeAllTags() {
		this.jdbc.update("insert into dirty_customer (customer_id) select customer_id from customer on conflict do nothing");
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
			UUID previous = latestSucceeded();
			Map<String, Object> detail = new LinkedHashMap<>();
			long customers = 0;
			List<String> versions = new ArrayList<>();
			for (String group : GROUPS) {
				GroupResult r = runGroup(runId, group);
				if (r == null) {
					continue;
				}
				customers += r.customers();
				versions.add(group + ":" + r.version());
				detail.put(group, r.detail());
			}
			long t1 = System.nanoTime();
			long changed = publishChanges(runId, previous);
			stability(runId, previous);
			detail.put("publish_seconds", (System.nanoTime() - t1) / 1e9);
			detail.put("seconds", (System.nanoTime() - t0) / 1e9);
			// The run becomes the current one only when complete() marks it SUCCEEDED, after the models.
			this.jdbc.update("""
					update segmentation_run set status = 'SEGMENTED', customers = ?, assigned = ?,
					  changed = ?, model_version = ?, detail = ?::jsonb where id = ?""", customers, customers, changed,
					String.join(" ", versions), this.json.writeValueAsString(detail), runId);
			if (previous != null) {
				// Keep this run and the one before (for stability); older memberships go.
				this.jdbc.update("""
						delete from segment_membership where run_id not in (?, ?)""", runId, previous);
			}
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

	private record GroupResult(long customers, String version, Map<String, Object> detail) {
	}

	private UUID latestSucceeded() {
		List<UUID> ids = this.jdbc.queryForList(
				"select id from segmentation_run where status = 'SUCCEEDED' order by finished_at desc limit 1",
				UUID.class);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private GroupResult runGroup(UUID runId, String group) {
		long t0 = System.nanoTime();
		Long count = this.jdbc.queryForObject("select count(*) from customer_feature where grp = ?", Long.class, group);
		if (count == null || count < 2) {
			return null;
		}
		// The training sample is drawn by PostgreSQL, so only the sample crosses the wire.
		double percent = Math.min(100.0, 100.0 * this.properties.sampleSize() * 1.1 / count);
		// In customer order, not storage order: k-means starts from the rows it sees first, and the same customers
		// must give the same segments whatever order their features were written in.
		List<double[]> sample = this.jdbc.query("""
				select features from customer_feature tablesample bernoulli (?) repeatable (?) where grp = ?
				order by customer_id limit ?""", (rs, i) -> FeatureVector.unpack(rs.getBytes(1)), percent, (double) this.properties.seed(), group,
				this.properties.sampleSize());
		if (sample.size() < 2) {
			return null;
		}
		long tSampled = System.nanoTime();
		KMeansSettings settings = KMeansSettings.defaults(this.properties.seed())
			.withSampleSize(this.properties.sampleSize())
			.withRestarts(this.properties.restarts())
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
		List<SegmentNames.Named> named = new ArrayList<>(this.names.name(group, centroids));
		// Segments of the customer rules follow the clusters: segment k + r is rule r's.
		List<SegmentRule> rules = this.properties.customerRules().getOrDefault(group, List.of());
		for (SegmentRule rule : rules) {
			named.add(new SegmentNames.Named(rule.code(), rule.name(), "customer rule: " + String.join(" and ",
					rule.conditions().stream().map(c -> c.tag() + " " + c.op() + " " + c.value()).toList())));
		}
		Map<String, RuleHit> ruleHits = CustomerRules.hits(this.jdbc, group, rules);
		saveModel(runId, group, segmentation, named);
		long tFitted = System.nanoTime();

		// Clusters named by the same rule form one operable segment; each customer rule is a segment of its own.
		int k = segmentation.k();
		List<SegmentNames.Named> segmentNames = new ArrayList<>();
		Map<String, Integer> segmentIndex = new HashMap<>();
		Map<String, List<Integer>> clustersOf = new LinkedHashMap<>();
		int[] segmentOf = new int[named.size()];
		for (int c = 0; c < named.size(); c++) {
			SegmentNames.Named n = named.get(c);
			segmentOf[c] = segmentIndex.computeIfAbsent(n.code(), code -> {
				segmentNames.add(n);
				return segmentNames.size() - 1;
			});
			if (c < k) {
				clustersOf.computeIfAbsent(n.code(), x -> new ArrayList<>()).add(c);
			}
		}
		// One pass over every customer: assign, accumulate the segment statistics, copy memberships in chunks.
		int segments = segmentNames.size();
		ClusterStats stats = new ClusterStats(segmentation.features(), segments);
		long[] reachable = new long[segments];
		long[] sizes = new long[segments];
		StringBuilder[] memberships = { new StringBuilder(COPY_CHUNK * 60) };
		int[] pending = { 0 };
		// Memberships are copied on a thread of their own while the cursor goes on reading and assigning.
		ExecutorService copier = Executors.newSingleThreadExecutor();
		List<Future<?>> copies = new ArrayList<>();
		try {
			this.tx.executeWithoutResult(s -> {
				JdbcTemplate cursor = new JdbcTemplate(this.dataSource);
				String sql = "select customer_id, features, has_phone from customer_feature where grp = ?";
				cursor.query(binaryCursor(sql, group), (RowCallbackHandler) rs -> {
							double[] features = FeatureVector.unpack(rs.getBytes(2));
							String customerId = rs.getString(1);
							RuleHit hit = ruleHits.isEmpty() ? null : ruleHits.get(customerId);
							int c = segmentOf[hit != null ? k + hit.rule() : segmentation.assign(features)];
							stats.add(features, c);
							sizes[c]++;
							reachable[c] += rs.getBoolean(3) ? 1 : 0;
							memberships[0].append(runId).append('\t');
							PgCopy.field(memberships[0], customerId).append('\t').append(segmentNames.get(c).code())
								.append('\t');
							if (hit == null) {
								memberships[0].append("\\N");
							}
							else {
								PgCopy.field(memberships[0], hit.reason());
							}
							memberships[0].append('\n');
							if (++pending[0] >= COPY_CHUNK) {
								StringBuilder full = memberships[0];
								int n = pending[0];
								await(copies);
								copies.add(copier.submit(() -> copyMemberships(runId, full, n)));
								memberships[0] = new StringBuilder(COPY_CHUNK * 60);
								pending[0] = 0;
							}
						});
			});
			copyMemberships(runId, memberships[0], pending[0]);
			await(copies);
		}
		finally {
			// A failed pass leaves no copy running and no thread behind.
			copies.forEach(f -> f.cancel(true));
			copier.shutdownNow();
		}
		long tAssigned = System.nanoTime();

		long minSize = minimumSize();
		long total = stats.total();
		for (ClusterProfile p : stats.profiles(4)) {
			int c = p.cluster();
			SegmentNames.Named n = segmentNames.get(c);
			List<Integer> clusters = clustersOf.get(n.code());
			String together = clusters != null && clusters.size() > 1 ? "k-means clusters " + clusters + " together. "
					: "";
			double[] shape = p.means(LoadShapes.HOURS);
			Double[] boxed = new Double[shape.length];
			for (int h = 0; h < shape.length; h++) {
				boxed[h] = shape[h];
			}
			this.jdbc.update(con -> {
				var ps = con.prepareStatement("""
						insert into segment (run_id, code, name, grp, cluster, size, share, description, centroid_shape,
						  reachable_share, evaluable, min_size, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
				ps.setObject(1, runId);
				ps.setString(2, n.code());
				ps.setString(3, n.name());
				ps.setString(4, group);
				ps.setInt(5, clusters == null ? -1 : clusters.get(0));
				ps.setLong(6, sizes[c]);
				ps.setDouble(7, total == 0 ? 0 : (double) sizes[c] / total);
				ps.setString(8, "Named by " + n.rule() + ". " + together + "Distinctive: " + p.describe(4));
				ps.setArray(9, con.createArrayOf("float8", boxed));
				ps.setDouble(10, sizes[c] == 0 ? 0 : (double) reachable[c] / sizes[c]);
				ps.setBoolean(11, sizes[c] >= minSize);
				ps.setLong(12, minSize);
				ps.setString(13, clusters == null ? "CUSTOMER_RULE" : "CLUSTER");
				return ps;
			});
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("k", k);
		detail.put("customers", total);
		if (segmentation.model() instanceof CentroidModel cm && cm.selection() != null) {
			detail.put("silhouette", cm.selection().chosen().silhouette());
			detail.put("criterion", cm.selection().criterion());
		}
		detail.put("sample", sample.size());
		detail.put("customer_rule_members", ruleHits.size());
		detail.put("sample_seconds", (tSampled - t0) / 1e9);
		detail.put("fit_seconds", (tFitted - tSampled) / 1e9);
		detail.put("assign_seconds", (tAssigned - tFitted) / 1e9);
		return new GroupResult(total, segmentation.model().version(), detail);
	}

	/** A customer meeting customer rule {@code rule}, with the reason in its own values. */
	record RuleHit(int rule, String reason) {
	}

	private static void await(List<Future<?>> copies) {
		for (Future<?> f : copies) {
			try {
				f.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while copying memberships", ex);
			}
			catch (ExecutionException ex) {
				throw ex.getCause() instanceof RuntimeException re ? re : new IllegalStateException(ex.getCause());
			}
		}
		copies.clear();
	}

	/**
	 * A server-side cursor over rows read in their binary form: bytea features arrive as bytes, not hexadecimal
	 * text, which matters at a million rows.
	 */
	private PreparedStatementCreator binaryCursor(String sql, Object... args) {
		return con -> {
			PreparedStatement ps = con.prepareStatement(sql);
			ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
			ps.setFetchSize(this.properties.chunkSize());
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			return ps;
		};
	}

	private void copyMemberships(UUID runId, CharSequence rows, int n) {
		if (n == 0) {
			return;
		}
		this.txNew.executeWithoutResult(s -> {
			PgCopy.copyIn(this.dataSource,
					"copy segment_membership (run_id, customer_id, segment_code, reason) from stdin", rows);
			this.jdbc.update("update segmentation_run set assigned = assigned + ? where id = ?", n, runId);
		});
	}

	/** The standardisation and centroids, so a member's reason can be given later without rerunning anything. */
	private void saveModel(UUID runId, String group, Segmentation segmentation, List<SegmentNames.Named> named) {
		double[][] centroids = new double[segmentation.k()][];
		for (int c = 0; c < centroids.length; c++) {
			centroids[c] = segmentation.model().centroid(c);
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("features", segmentation.features());
		model.put("means", segmentation.standardization().means());
		model.put("sds", segmentation.standardization().sds());
		model.put("rows", segmentation.standardization().rows());
		model.put("centroids", centroids);
		model.put("version", segmentation.model().version());
		model.put("codes", named.stream().map(SegmentNames.Named::code).toList());
		model.put("names", named.stream().map(SegmentNames.Named::name).toList());
		this.jdbc.update("insert into segmentation_model (run_id, grp, model) values (?, ?, ?::jsonb)", runId, group,
				this.json.writeValueAsString(model));
	}

	/**
	 * Customers whose segment differs from the previous run's, published a chunk per event ({@link SegmentsChanged},
	 * keyed by run), which keeps a first run over a million customers to about two hundred events; each chunk is
	 * appended on a thread of its own while the cursor reads the next. Their tag snapshots are not marked here: the
	 * run's segments count only once it has SUCCEEDED, after which every customer's tags are recomputed
	 * ({@link #recomputeAllTags()}), so no snapshot can be refreshed with the previous run's segment in between.
	 */
	private long publishChanges(UUID runId, UUID previous) {
		int size = this.properties.chunkSize();
		var state = new Object() {
			List<SegmentsChanged.Change> chunk = new ArrayList<>(size);

			int part;

			long changed;
		};
		ExecutorService publisher = Executors.newSingleThreadExecutor();
		List<Future<?>> pending = new ArrayList<>();
		try {
			this.tx.executeWithoutResult(s -> {
				JdbcTemplate cursor = new JdbcTemplate(this.dataSource);
				cursor.query(binaryCursor("""
						select m.customer_id, p.segment_code, m.segment_code from segment_membership m
						left join segment_membership p on p.run_id = ? and p.customer_id = m.customer_id
						where m.run_id = ? and p.segment_code is distinct from m.segment_code""", previous, runId),
						(RowCallbackHandler) rs -> {
							state.chunk.add(new SegmentsChanged.Change(rs.getString(1), rs.getString(2),
									rs.getString(3)));
							if (state.chunk.size() >= size) {
								List<SegmentsChanged.Change> full = state.chunk;
								int part = state.part++;
								await(pending);
								pending.add(publisher.submit(() -> publish(runId, part, full)));
								state.changed += full.size();
								state.chunk = new ArrayList<>(size);
							}
						});
			});
			await(pending);
			state.changed += publish(runId, state.part, state.chunk);
		}
		finally {
			// A failed pass publishes nothing more.
			pending.forEach(f -> f.cancel(true));
			publisher.shutdownNow();
		}
		return state.changed;
	}

	private int publish(UUID runId, int part, List<SegmentsChanged.Change> changes) {
		if (changes.isEmpty()) {
			return 0;
		}
		this.txNew.executeWithoutResult(s -> this.outbox.append(Events.SEGMENT_CHANGED, runId.toString(),
				new SegmentsChanged(runId.toString(), part, List.copyOf(changes))));
		return changes.size();
	}

	/** Per segment, the share of its members who were in the same segment in the previous run. */
	private void stability(UUID runId, UUID previous) {
		if (previous == null) {
			return;
		}
		this.jdbc.update("""
				update segment s set stability = x.kept::double precision / nullif(x.before, 0)
				from (select m.segment_code, count(p.customer_id) as before,
				             count(*) filter (where p.segment_code = m.segment_code) as kept
				      from segment_membership m
				      left join segment_membership p on p.run_id = ? and p.customer_id = m.customer_id
				      where m.run_id = ? group by m.segment_code) x
				where s.run_id = ? and s.code = x.segment_code""", previous, runId, runId);
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

}
