package com.gridloop.common.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, written on the connection of the
 * current transaction. For bulk paths heavy in numbers and arrays: the server reads the
 * values as they are instead of parsing their text (the text of a float array is most of
 * the work of a text COPY), and the client does not format them.
 *
 * <p>
 * Fields are written in the order of the statement's column list; every row starts with
 * {@link #row(int)}.
 */
public final class PgBinaryCopy {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };

	/** Days from 1970-01-01 to 2000-01-01, PostgreSQL's date epoch. */
	private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final int FLOAT4_OID = 700;

	private static final int INT2_OID = 21;

	private byte[] buf;

	private int size;

	public PgBinaryCopy(int expectedBytes) {
		this.buf = new byte[Math.max(64, expectedBytes)];
		put(SIGNATURE);
		int32(0);
		int32(0);
	}

	public PgBinaryCopy row(int fields) {
		int16(fields);
		return this;
	}

	public PgBinaryCopy nullValue() {
		int32(-1);
		return this;
	}

	public PgBinaryCopy text(String value) {
		if (value == null) {
			return nullValue();
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		int32(bytes.length);
		put(bytes);
		return this;
	}

	public PgBinaryCopy date(LocalDate value) {
		if (value == null) {
			return nullValue();
		}
		return date(value.toEpochDay());
	}

	/** A date given as days since 1970-01-01. */
	public PgBinaryCopy date(long epochDay) {
		int32(4);
		int32((int) (epochDay - PG_EPOCH_DAY));
		return this;
	}

	public PgBinaryCopy int2(int value) {
		int32(2);
		int16(value);
		return this;
	}

	public PgBinaryCopy float8(double value) {
		int32(8);
		int64(Double.doubleToRawLongBits(value));
		return this;
	}

	public PgBinaryCopy float8(Double value) {
		return value == null ? nullValue() : float8(value.doubleValue());
	}

	public PgBinaryCopy uuid(UUID value) {
		int32(16);
		int64(value.getMostSignificantBits());
		int64(value.getLeastSignificantBits());
		return this;
	}

	/** A one-dimensional {@code real[]}; NaN elements are written as NULL. */
	public PgBinaryCopy float4Array(float[] values) {
		int nulls = 0;
		for (float v : values) {
			nulls += Float.isNaN(v) ? 1 : 0;
		}
		int32(20 + values.length * 4 + (values.length - nulls) * 4);
		arrayHeader(nulls > 0, FLOAT4_OID, values.length);
		for (float v : values) {
			if (Float.isNaN(v)) {
				int32(-1);
			}
			else {
				int32(4);
				int32(Float.floatToRawIntBits(v));
			}
		}
		return this;
	}

	/**
	 * A one-dimensional {@code real[]} of doubles narrowed to float; NaN elements are
	 * written as NULL.
	 */
	public PgBinaryCopy float4Array(double[] values) {
		float[] narrowed = new float[values.length];
		for (int i = 0; i < values.length; i++) {
			narrowed[i] = (float) values[i];
		}
		return float4Array(narrowed);
	}

	/** A one-dimensional {@code smallint[]}. */
	public PgBinaryCopy int2Array(int[] values) {
		int32(20 + values.length * 6);
		arrayHeader(false, INT2_OID, values.length);
		for (int v : values) {
			int32(2);
			int16(v);
		}
		return this;
	}

	/** The end-of-data marker: a field count of -1. */
	private static final byte[] TRAILER = { (byte) 0xFF, (byte) 0xFF };

	/** Bytes written so far, for sizing. */
	public int size() {
		return this.size;
	}

	/**
	 * Sends the rows with {@code copy
	 *
	<table>
	 *  (<columns>) from stdin (format binary)}.
	 * @return rows copied
	 */
	public long copyIn(DataSource dataSource, String sql) {
		Connection con = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
			try {
				int chunk = 1 << 16;
				for (int off = 0; off < this.size; off += chunk) {
					copy.writeToCopy(this.buf, off, Math.min(chunk, this.size - off));
				}
				// The trailer goes with the stream, not into the rows: the same rows can
				// be sent again.
				copy.writeToCopy(TRAILER, 0, TRAILER.length);
				return copy.endCopy();
			}
			catch (SQLException ex) {
				if (copy.isActive()) {
					try {
						copy.cancelCopy();
					}
					catch (SQLException cancel) {
						ex.addSuppressed(cancel);
					}
				}
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(con, dataSource);
		}
	}

	private void arrayHeader(boolean hasNulls, int elementOid, int length) {
		int32(1);
		int32(hasNulls ? 1 : 0);
		int32(elementOid);
		int32(length);
		int32(1);
	}

	private void int16(int v) {
		ensure(2);
		this.buf[this.size++] = (byte) (v >>> 8);
		this.buf[this.size++] = (byte) v;
	}

	private void int32(int v) {
		ensure(4);
		this.buf[this.size++] = (byte) (v >>> 24);
		this.buf[this.size++] = (byte) (v >>> 16);
		this.buf[this.size++] = (byte) (v >>> 8);
		this.buf[this.size++] = (byte) v;
	}

	private void int64(long v) {
		int32((int) (v >>> 32));
		int32((int) v);
	}

	private void put(byte[] bytes) {
		ensure(bytes.length);
		System.arraycopy(bytes, 0, this.buf, this.size, bytes.length);
		this.size += bytes.length;
	}

	private void ensure(int more) {
		if (this.size + more > this.buf.length) {
			this.buf = Arrays.copyOf(this.buf, Math.max(this.buf.length * 2, this.size + more));
		}
	}

}
