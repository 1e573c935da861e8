package com.gridloop.profile.segmentation;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the current run's segments and members, and of the runs' history. */
@Component
record SegmentationQueries(JdbcClient jdbc) {

	/**
	 * The current run: the newest that SUCCEEDED. One place for the query every read of
	 * segments starts from.
	 */
	static final String CURRENT_RUN = """
			(select id from segmentation_run where status = 'SUCCEEDED' order by finished_at desc limit 1)""";

	/** A segment with its explanation and checks. */
	record SegmentView(String code, String name, String group, String kind, long size, double share, String description,
			List<Double> centroidShape, double reachableShare, boolean evaluable, long minSize, Double stability,
			UUID runId) {
	}

	/**
	 * A line of the runs' history; {@code assigned} counts the memberships written so far
	 * (the progress of a run under way), {@code cancelRequestedAt} a cancel request.
	 */
	record RunSummary(UUID id, String trigger, String status, Instant startedAt, Instant finishedAt, long customers,
			long assigned, long changed, String modelVersion, Instant cancelRequestedAt) {
	}

	/** One succeeded run's segments and their sizes. */
	record RunSizes(UUID runId, String trigger, Instant finishedAt, List<SegmentSize> segments) {
	}

	/** A segment's size in one run. */
	record SegmentSize(String code, String name, String group, long size) {
	}

	List<SegmentView> segments() {
		return this.jdbc.sql("""
				select code, name, grp, kind, size, share, description, centroid_shape, reachable_share, evaluable,
				       min_size, stability, run_id
				from segment where run_id = """ + CURRENT_RUN + " order by grp, size desc")
			.query((rs, i) -> new SegmentView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getDouble(6), rs.getString(7), doubles(rs.getArray(8)), rs.getDouble(9),
					rs.getBoolean(10), rs.getLong(11), (Double) rs.getObject(12), rs.getObject(13, UUID.class)))
			.list();
	}

	List<RunSummary> runs() {
		return this.jdbc.sql("""
				select id, trigger, status, started_at, finished_at, customers, assigned, changed, model_version,
				       cancel_requested_at
				from segmentation_run order by started_at desc limit 50""")
			.query((rs, i) -> new RunSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getLong(6), rs.getLong(7),
					rs.getLong(8), rs.getString(9), instant(rs.getTimestamp(10))))
			.list();
	}

	/** The segments' sizes in the latest succeeded runs, oldest run first. */
	List<RunSizes> sizes(int runs) {
		record Row(UUID runId, String trigger, Instant finishedAt, String code, String name, String grp, long size) {
		}
		List<Row> rows = this.jdbc.sql("""
				with latest as (
				  select id, trigger, finished_at from segmentation_run where status = 'SUCCEEDED'
				  order by finished_at desc limit :runs)
				select r.id as run_id, r.trigger, r.finished_at, s.code, s.name, s.grp, s.size
				from latest r join segment s on s.run_id = r.id
				order by r.finished_at, r.id, s.grp, s.code""").param("runs", runs).query(Row.class).list();
		java.util.Map<UUID, RunSizes> out = new java.util.LinkedHashMap<>();
		for (Row r : rows) {
			out.computeIfAbsent(r.runId(), id -> new RunSizes(id, r.trigger(), r.finishedAt(), new ArrayList<>()))
				.segments()
				.add(new SegmentSize(r.code(), r.name(), r.grp(), r.size()));
		}
		return List.copyOf(out.values());
	}

	/**
	 * Members of a segment of the current run in customer order, after a customer id
	 * (keyset).
	 */
	List<String> members(String code, String after, int size) {
		return this.jdbc.sql("select customer_id from segment_membership where run_id = " + CURRENT_RUN + """
				 and segment_code = ? and (?::text is null or customer_id > ?::text)
				order by customer_id limit ?""").params(code, after, after, size).query(String.class).list();
	}

	private static List<Double> doubles(Array array) throws SQLException {
		List<Double> out = new ArrayList<>();
		for (Object v : (Object[]) array.getArray()) {
			out.add(((Number) v).doubleValue());
		}
		return out;
	}

	private static Instant instant(java.sql.Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
