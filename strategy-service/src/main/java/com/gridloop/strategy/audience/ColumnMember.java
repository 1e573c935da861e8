package com.gridloop.strategy.audience;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An {@link AudienceMember} reading one row of the columns; other rules are tested on the
 * row with tests compiled once per read.
 */
record ColumnMember(TagColumns columns, int row,
		Function<AudienceRule, RuleEvaluator.RowTest> tests) implements AudienceMember {

	/** A member whose tests of other rules are its own. */
	ColumnMember(TagColumns columns, int row) {
		this(columns, row, compiler(columns));
	}

	/** Tests of other rules over the columns, each compiled on first use. */
	static Function<AudienceRule, RuleEvaluator.RowTest> compiler(TagColumns columns) {
		Map<AudienceRule, RuleEvaluator.RowTest> compiled = new HashMap<>();
		return rule -> compiled.computeIfAbsent(rule, r -> RuleEvaluator.compile(r.tree(), columns));
	}

	@Override
	public boolean matches(AudienceRule rule) {
		return this.tests.apply(rule).test(this.row);
	}

	@Override
	public String customerId() {
		return this.columns.id(this.row);
	}

	@Override
	public String segment() {
		return this.columns.segment(this.row);
	}

	@Override
	public Object tag(String code) {
		TagColumn column = this.columns.column(code);
		return column == null ? null : column.value(this.row);
	}

	@Override
	public Map<String, Object> tags() {
		Map<String, Object> tags = new TreeMap<>();
		for (TagColumn c : this.columns.columns()) {
			Object v = c.value(this.row);
			if (v != null) {
				tags.put(c.code, v);
			}
		}
		return tags;
	}

}
