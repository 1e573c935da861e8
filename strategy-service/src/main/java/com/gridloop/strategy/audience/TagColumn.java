package com.gridloop.strategy.audience;

import java.util.Arrays;

/**
 * One tag's values over all customers, by row: numbers in a double array (NaN where the
 * customer has no value), texts as codes into a dictionary (-1 where none). Counts its
 * customers and the first and latest snapshot time that carried it.
 */
abstract sealed class TagColumn {

	final String code;

	int present;

	long firstSeen = Long.MAX_VALUE;

	long lastSeen = Long.MIN_VALUE;

	/**
	 * The write that last set a value, so that a row's untouched columns can be cleared.
	 */
	int stamp;

	TagColumn(String code) {
		this.code = code;
	}

	abstract TagType type();

	abstract boolean has(int row);

	/** The value as a Double or a String, or null. */
	abstract Object value(int row);

	abstract void clear(int row);

	abstract void grow(int capacity);

	abstract long bytes();

	void seen(long at) {
		this.firstSeen = Math.min(this.firstSeen, at);
		this.lastSeen = Math.max(this.lastSeen, at);
	}

	/** Numbers, NaN standing for no value (JSON has no NaN). */
	static final class Numbers extends TagColumn {

		double[] values;

		Numbers(String code, int capacity) {
			super(code);
			this.values = new double[capacity];
			Arrays.fill(this.values, Double.NaN);
		}

		@Override
		TagType type() {
			return TagType.NUMBER;
		}

		@Override
		boolean has(int row) {
			return !Double.isNaN(this.values[row]);
		}

		@Override
		Object value(int row) {
			double v = this.values[row];
			return Double.isNaN(v) ? null : v;
		}

		void set(int row, double value) {
			if (Double.isNaN(this.values[row])) {
				this.present++;
			}
			this.values[row] = value;
		}

		@Override
		void clear(int row) {
			if (!Double.isNaN(this.values[row])) {
				this.present--;
				this.values[row] = Double.NaN;
			}
		}

		@Override
		void grow(int capacity) {
			int old = this.values.length;
			this.values = Arrays.copyOf(this.values, capacity);
			Arrays.fill(this.values, old, capacity, Double.NaN);
		}

		@Override
		long bytes() {
			return 16 + 8L * this.values.length;
		}

		/** The same values as texts, once a text value has arrived for this tag. */
		Texts asTexts() {
			Texts texts = new Texts(this.code, this.values.length);
			for (int row = 0; row < this.values.length; row++) {
				if (!Double.isNaN(this.values[row])) {
					texts.set(row, RuleNode.Rules.formatNumber(this.values[row]));
				}
			}
			texts.firstSeen = this.firstSeen;
			texts.lastSeen = this.lastSeen;
			texts.stamp = this.stamp;
			return texts;
		}

	}

	/** Texts, dictionary-encoded. */
	static final class Texts extends TagColumn {

		int[] codes;

		final Dictionary dictionary = new Dictionary();

		Texts(String code, int capacity) {
			super(code);
			this.codes = new int[capacity];
			Arrays.fill(this.codes, -1);
		}

		@Override
		TagType type() {
			return TagType.TEXT;
		}

		@Override
		boolean has(int row) {
			return this.codes[row] >= 0;
		}

		@Override
		Object value(int row) {
			int c = this.codes[row];
			return c < 0 ? null : this.dictionary.value(c);
		}

		void set(int row, String value) {
			if (this.codes[row] < 0) {
				this.present++;
			}
			this.codes[row] = this.dictionary.code(value);
		}

		@Override
		void clear(int row) {
			if (this.codes[row] >= 0) {
				this.present--;
				this.codes[row] = -1;
			}
		}

		@Override
		void grow(int capacity) {
			int old = this.codes.length;
			this.codes = Arrays.copyOf(this.codes, capacity);
			Arrays.fill(this.codes, old, capacity, -1);
		}

		@Override
		long bytes() {
			return 16 + 4L * this.codes.length + this.dictionary.bytes();
		}

	}

}
