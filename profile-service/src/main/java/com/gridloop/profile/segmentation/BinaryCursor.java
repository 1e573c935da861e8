package com.gridloop.profile.segmentation;

import java.sql.PreparedStatement;

import org.postgresql.PGStatement;

import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * A server-side cursor over rows read in their binary form: bytea features arrive as
 * bytes, not hexadecimal text, which matters at a million rows. It needs a transaction
 * around the query, or PostgreSQL sends every row at once.
 */
final class BinaryCursor {

	private BinaryCursor() {
	}

	static PreparedStatementCreator of(String sql, int fetchSize, Object... args) {
		return con -> {
			PreparedStatement ps = con.prepareStatement(sql);
			ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
			ps.setFetchSize(fetchSize);
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			return ps;
		};
	}

}
