package com.gridloop.ingestion.identity;

import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The fields compared between two records, each with its comparison levels and what they
 * mean.
 */
public enum IdentityField {

	NAME(List.of(Level.EXACT, Level.CLOSE, Level.FAR, Level.DIFFERENT)) {
		@Override
		public Level compare(PreparedRecord a, PreparedRecord b) {
			if (a.name() == null || b.name() == null) {
				return Level.MISSING;
			}
			if (a.name().equals(b.name())) {
				return Level.EXACT;
			}
			double similarity = jaroWinkler(a.name(), b.name());
			if (similarity >= NAME_CLOSE - EPSILON) {
				return Level.CLOSE;
			}
			return similarity >= NAME_FAR - EPSILON ? Level.FAR : Level.DIFFERENT;
		}

		@Override
		public String meaning(Level level) {
			return switch (level) {
				case EXACT -> "same name";
				case CLOSE -> "Jaro-Winkler >= " + NAME_CLOSE;
				case FAR -> "Jaro-Winkler >= " + NAME_FAR;
				case DIFFERENT -> "different names";
				case MISSING -> "no name on one side";
			};
		}
	},

	PHONE(List.of(Level.EXACT, Level.CLOSE, Level.DIFFERENT)) {
		@Override
		public Level compare(PreparedRecord a, PreparedRecord b) {
			if (a.phone() == null || b.phone() == null) {
				return Level.MISSING;
			}
			if (a.phone().equals(b.phone())) {
				return Level.EXACT;
			}
			return a.phone().regionMatches(3, b.phone(), 3, 8) ? Level.CLOSE : Level.DIFFERENT;
		}

		@Override
		public String meaning(Level level) {
			return switch (level) {
				case EXACT -> "same mobile number";
				case CLOSE -> "same last 8 digits";
				case DIFFERENT -> "different numbers";
				case MISSING -> "no mobile number on one side";
				default -> throw unused(level);
			};
		}
	},

	ADDRESS(List.of(Level.EXACT, Level.CLOSE, Level.FAR, Level.DIFFERENT)) {
		@Override
		public Level compare(PreparedRecord a, PreparedRecord b) {
			if (a.addressKey() == null || b.addressKey() == null) {
				return Level.MISSING;
			}
			if (a.addressKey().equals(b.addressKey())) {
				return Level.EXACT;
			}
			if (a.road() != null && a.houseNumber() != null && a.road().equals(b.road())
					&& a.houseNumber().equals(b.houseNumber())) {
				return Level.CLOSE;
			}
			return jaroWinkler(a.addressKey(), b.addressKey()) >= ADDRESS_FAR - EPSILON ? Level.FAR : Level.DIFFERENT;
		}

		@Override
		public String meaning(Level level) {
			return switch (level) {
				case EXACT -> "same address";
				case CLOSE -> "same road and house number";
				case FAR -> "Jaro-Winkler >= " + ADDRESS_FAR;
				case DIFFERENT -> "different addresses";
				case MISSING -> "no address on one side";
			};
		}
	},

	REGION(List.of(Level.EXACT, Level.DIFFERENT)) {
		@Override
		public Level compare(PreparedRecord a, PreparedRecord b) {
			return exact(a.region(), b.region());
		}

		@Override
		public String meaning(Level level) {
			return switch (level) {
				case EXACT -> "same region";
				case DIFFERENT -> "different regions";
				case MISSING -> "no region on one side";
				default -> throw unused(level);
			};
		}
	},

	ACCOUNT(List.of(Level.EXACT, Level.DIFFERENT)) {
		@Override
		public Level compare(PreparedRecord a, PreparedRecord b) {
			return exact(a.account(), b.account());
		}

		@Override
		public String meaning(Level level) {
			return switch (level) {
				case EXACT -> "same account number";
				case DIFFERENT -> "different account numbers";
				case MISSING -> "no account number on one side";
				default -> throw unused(level);
			};
		}
	};

	static final double NAME_CLOSE = 0.92;

	static final double NAME_FAR = 0.80;

	static final double ADDRESS_FAR = 0.85;

	// Jaro-Winkler of "王建国" and "王键国" is 0.7999999999999999; a threshold of 0.80 means to
	// include it.
	private static final double EPSILON = 1e-9;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private final List<Level> levels;

	IdentityField(List<Level> levels) {
		this.levels = levels;
	}

	/** The levels this field can take, MISSING excluded. */
	public List<Level> levels() {
		return this.levels;
	}

	public abstract Level compare(PreparedRecord a, PreparedRecord b);

	/** What a level means for this field, in words for explanations. */
	public abstract String meaning(Level level);

	private static Level exact(String a, String b) {
		if (a == null || b == null) {
			return Level.MISSING;
		}
		return a.equals(b) ? Level.EXACT : Level.DIFFERENT;
	}

	private static double jaroWinkler(String a, String b) {
		return JARO_WINKLER.apply(a, b);
	}

	private static IllegalArgumentException unused(Level level) {
		return new IllegalArgumentException("Level not used by this field: " + level);
	}

}
