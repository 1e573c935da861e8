package com.gridloop.ingestion.identity;

/**
 * A comparison vector (the level of every field for one pair) packed into a small int, so
 * that millions of pairs are counted and scored through tables of {@link #COUNT} entries.
 */
public final class ComparisonPattern {

	private static final IdentityField[] FIELDS = IdentityField.values();

	private static final Level[] LEVELS = Level.values();

	private static final int BASE = LEVELS.length;

	/** How many distinct patterns there are. */
	public static final int COUNT = (int) Math.pow(BASE, FIELDS.length);

	private ComparisonPattern() {
	}

	public static int of(PreparedRecord a, PreparedRecord b) {
		int pattern = 0;
		for (int f = FIELDS.length - 1; f >= 0; f--) {
			pattern = pattern * BASE + FIELDS[f].compare(a, b).ordinal();
		}
		return pattern;
	}

	public static Level level(int pattern, IdentityField field) {
		int p = pattern;
		for (int f = 0; f < field.ordinal(); f++) {
			p /= BASE;
		}
		return LEVELS[p % BASE];
	}

	/**
	 * The pattern with the given level for every field, in {@link IdentityField} order.
	 */
	public static int of(Level... levels) {
		if (levels.length != FIELDS.length) {
			throw new IllegalArgumentException("Need one level per field");
		}
		int pattern = 0;
		for (int f = FIELDS.length - 1; f >= 0; f--) {
			pattern = pattern * BASE + levels[f].ordinal();
		}
		return pattern;
	}

}
