package com.gridloop.profile.segmentation;

import java.util.List;
import java.util.UUID;

import com.gridloop.profile.analytics.cluster.ClusterProfile;
import com.gridloop.profile.analytics.cluster.ClusterStats;
import com.gridloop.profile.analytics.shape.LoadShapes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a run's segments with their explanation and checks (reachable, evaluable,
 * stable).
 */
@Component
class SegmentWriter {

	private final JdbcTemplate jdbc;

	private final long minSize;

	SegmentWriter(JdbcTemplate jdbc, SegmentationProperties properties) {
		this.jdbc = jdbc;
		this.minSize = MinimumSegmentSize.of(properties);
	}

	/** What the assignment pass counted per segment. */
	record Counts(ClusterStats stats, long[] sizes, long[] reachable) {

		Counts(ClusterStats stats, int segments) {
			this(stats, new long[segments], new long[segments]);
		}

		void add(double[] features, int segment, boolean hasPhone) {
			this.stats.add(features, segment);
			this.sizes[segment]++;
			this.reachable[segment] += hasPhone ? 1 : 0;
		}

	}

	void write(UUID runId, String group, SegmentLayout layout, Counts counts) {
		long total = counts.stats().total();
		for (ClusterProfile p : counts.stats().profiles(4)) {
			int c = p.cluster();
			long size = counts.sizes()[c];
			SegmentNames.Named n = layout.segment(c);
			List<Integer> clusters = layout.clusters(n.code());
			String together = clusters != null && clusters.size() > 1 ? "k-means clusters " + clusters + " together. "
					: "";
			double[] shape = p.means(LoadShapes.HOURS);
			Double[] boxed = new Double[shape.length];
			for (int h = 0; h < shape.length; h++) {
				boxed[h] = shape[h];
			}
			this.jdbc.update(con -> {
				var ps = con.prepareStatement(
						"""
								insert into segment (run_id, code, name, grp, cluster, size, share, description, centroid_shape,
								  reachable_share, evaluable, min_size, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
				ps.setObject(1, runId);
				ps.setString(2, n.code());
				ps.setString(3, n.name());
				ps.setString(4, group);
				ps.setInt(5, clusters == null ? -1 : clusters.get(0));
				ps.setLong(6, size);
				ps.setDouble(7, total == 0 ? 0 : (double) size / total);
				ps.setString(8, "Named by " + n.rule() + ". " + together + "Distinctive: " + p.describe(4));
				ps.setArray(9, con.createArrayOf("float8", boxed));
				ps.setDouble(10, size == 0 ? 0 : (double) counts.reachable()[c] / size);
				ps.setBoolean(11, size >= this.minSize);
				ps.setLong(12, this.minSize);
				ps.setString(13, clusters == null ? "CUSTOMER_RULE" : "CLUSTER");
				return ps;
			});
		}
	}

	/**
	 * Per segment, the share of its members who were in the same segment in the previous
	 * run.
	 */
	void stability(UUID runId, UUID previous) {
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

}
