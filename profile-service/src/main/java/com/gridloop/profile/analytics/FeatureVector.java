package com.gridloop.profile.analytics;

import java.nio.ByteBuffer;

/**
 * A customer's feature row stored as packed 8-byte doubles ({@code bytea}): a nightly run
 * over a million customers reads it back without parsing text.
 */
public final class FeatureVector {

	private FeatureVector() {
	}

	public static byte[] pack(double[] values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES);
		buffer.asDoubleBuffer().put(values);
		return buffer.array();
	}

	public static double[] unpack(byte[] bytes) {
		double[] values = new double[bytes.length / Double.BYTES];
		ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
		return values;
	}

	/**
	 * The row as a COPY text field ({@code \\x} hexadecimal bytea, backslash escaped for
	 * COPY).
	 */
	public static StringBuilder appendCopyField(StringBuilder sb, double[] values) {
		sb.append("\\\\x");
		for (byte b : pack(values)) {
			sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
		}
		return sb;
	}

}
