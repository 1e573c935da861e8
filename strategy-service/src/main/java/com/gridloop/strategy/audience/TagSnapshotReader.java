package com.gridloop.strategy.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Streams stored tag snapshots out of {@code customer_tags}: all of them, or those
 * written since a watermark. The watermark is the oldest transaction still running when
 * the read began ({@code pg_snapshot_xmin}), so the next read catches every row written
 * after or alongside this one, whatever order their transactions committed in. The tags
 * and the segment come as their raw bytes: no String per row for them.
 */
@Component
record TagSnapshotReader(DataSource dataSource) {

	/** Receives rows as they stream in. */
	interface Sink {

		void row(String customerId, byte[] segment, long computedAtMillis, byte[] tagsJson);

	}

	/** What a read saw: the watermark to read from next time, and how many rows. */
	record Pass(long watermark, long rows) {
	}

	private static final int FETCH = 4096;

	/**
	 * How many rows were written since the watermark of a previous read, or in all when
	 * it is null.
	 */
	long count(Long since) {
		return inTransaction(con -> {
			try (PreparedStatement ps = con.prepareStatement("select count(*) from customer_tags"
					+ (since == null ? "" : " where stored_xid >= ?::text::xid8"))) {
				if (since != null) {
					ps.setString(1, Long.toString(since));
				}
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	/**
	 * @param since the watermark of the previous read, or null for every row
	 */
	Pass read(Long since, Sink sink) {
		return inTransaction(con -> {
			long watermark;
			// The first statement fixes the transaction's snapshot, which the rows are
			// read in.
			try (PreparedStatement ps = con
				.prepareStatement("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
					ResultSet rs = ps.executeQuery()) {
				rs.next();
				watermark = rs.getLong(1);
			}
			String sql = "select customer_id, segment, (extract(epoch from computed_at) * 1000)::int8, tags from customer_tags"
					+ (since == null ? "" : " where stored_xid >= ?::text::xid8");
			long rows = 0;
			try (PreparedStatement ps = con.prepareStatement(sql)) {
				ps.setFetchSize(FETCH);
				if (since != null) {
					ps.setString(1, Long.toString(since));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						sink.row(rs.getString(1), rs.getBytes(2), rs.getLong(3), rs.getBytes(4));
						rows++;
					}
				}
			}
			return new Pass(watermark, rows);
		});
	}

	private <T> T inTransaction(SqlWork<T> work) {
		try (Connection con = this.dataSource.getConnection()) {
			con.setAutoCommit(false);
			con.setReadOnly(true);
			con.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try {
				return work.run(con);
			}
			finally {
				con.rollback();
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Reading customer_tags failed: " + ex.getMessage(), ex);
		}
	}

	private interface SqlWork<T> {

		T run(Connection con) throws SQLException;

	}

}
