package com.gridloop.strategy.audience;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Texts by their UTF-8 bytes, each made a String once: tag codes, segment codes and the
 * few values a text tag takes are read a million times each, so looking them up by their
 * bytes spares a String and its hash per value. Holds a bounded number of texts; past
 * that, it makes a new String each time.
 */
final class Interner {

	private static final int SLOTS = 1 << 13;

	private final byte[][] bytes = new byte[SLOTS][];

	private final String[] texts = new String[SLOTS];

	private int count;

	String text(byte[] in, int from, int to) {
		int hash = 1;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + in[i];
		}
		int mask = SLOTS - 1;
		for (int slot = (hash ^ (hash >>> 15)) & mask;; slot = (slot + 1) & mask) {
			byte[] known = this.bytes[slot];
			if (known == null) {
				String text = new String(in, from, to - from, StandardCharsets.UTF_8);
				if (this.count * 2 < SLOTS) {
					this.bytes[slot] = Arrays.copyOfRange(in, from, to);
					this.texts[slot] = text;
					this.count++;
				}
				return text;
			}
			if (Arrays.equals(known, 0, known.length, in, from, to)) {
				return this.texts[slot];
			}
		}
	}

}
