package com.gridloop.ingestion.identity;

/**
 * A rule that makes two records a candidate pair when they share its key. Rules are
 * OR-ed: a pair is compared when any rule puts both records in one block, and compared
 * once however many do.
 */
public enum BlockingRule {

	PHONE("same mobile number") {
		@Override
		public String key(PreparedRecord r) {
			return r.phone();
		}
	},

	ACCOUNT("same account number") {
		@Override
		public String key(PreparedRecord r) {
			return r.account();
		}
	},

	SURNAME_REGION_HOUSE_NUMBER("same surname, region and house number") {
		@Override
		public String key(PreparedRecord r) {
			if (r.surname() == null || r.region() == null || r.houseNumber() == null) {
				return null;
			}
			return r.surname() + '|' + r.region() + '|' + r.houseNumber();
		}
	},

	NAME_HOUSE_NUMBER("same name and house number") {
		// For addresses told without district or region, as 95598 callers often do.
		@Override
		public String key(PreparedRecord r) {
			if (r.name() == null || r.houseNumber() == null) {
				return null;
			}
			return r.name() + '|' + r.houseNumber();
		}
	},

	NAME_REGION("same name and region") {
		@Override
		public String key(PreparedRecord r) {
			if (r.name() == null || r.region() == null) {
				return null;
			}
			return r.name() + '|' + r.region();
		}
	};

	private final String description;

	BlockingRule(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

	/**
	 * The block a record falls in under this rule, or null when the record lacks what the
	 * rule needs.
	 */
	public abstract String key(PreparedRecord r);

}
