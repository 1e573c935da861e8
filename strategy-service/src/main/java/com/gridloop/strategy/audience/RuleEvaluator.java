package com.gridloop.strategy.audience;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.gridloop.strategy.audience.RuleNode.Literal;
import com.gridloop.strategy.audience.RuleNode.Op;

/**
 * Compiles a checked rule into a test of one row of the columns: numbers compare against
 * the double arrays, texts through a table of matching dictionary codes built once per
 * evaluation. A customer without the tag fails every condition on it; NOT then turns the
 * failure into a match, so {@code NOT status IN ('CLOSED')} keeps customers with no
 * status. Texts compare without regard to case.
 */
final class RuleEvaluator {

	/** Whether a row matches. */
	@FunctionalInterface
	interface RowTest {

		boolean test(int row);

	}

	private static final RowTest NEVER = row -> false;

	private final TagColumns columns;

	private RuleEvaluator(TagColumns columns) {
		this.columns = columns;
	}

	/** The test of the rule over these columns; valid while they do not change. */
	static RowTest compile(RuleNode rule, TagColumns columns) {
		return new RuleEvaluator(columns).test(rule);
	}

	private RowTest test(RuleNode node) {
		if (node instanceof RuleNode.And and) {
			return all(and.parts().stream().map(this::test).toArray(RowTest[]::new));
		}
		if (node instanceof RuleNode.Or or) {
			return any(or.parts().stream().map(this::test).toArray(RowTest[]::new));
		}
		if (node instanceof RuleNode.Not not) {
			RowTest inner = test(not.inner());
			return row -> !inner.test(row);
		}
		if (node instanceof RuleNode.Present p) {
			return present(p.tag());
		}
		if (node instanceof RuleNode.Compare c) {
			return c.value().isNumber() ? number(c.tag(), c.op(), c.value().number())
					: text(c.tag(), List.of(c.value()), c.op() == Op.NE);
		}
		if (node instanceof RuleNode.In in) {
			return in.values().get(0).isNumber() ? numberIn(in.tag(), in.values()) : text(in.tag(), in.values(), false);
		}
		if (node instanceof RuleNode.Between b) {
			return between(b.tag(), b.low().number(), b.high().number());
		}
		return row -> true;
	}

	private static RowTest all(RowTest[] parts) {
		return row -> {
			for (RowTest p : parts) {
				if (!p.test(row)) {
					return false;
				}
			}
			return true;
		};
	}

	private static RowTest any(RowTest[] parts) {
		return row -> {
			for (RowTest p : parts) {
				if (p.test(row)) {
					return true;
				}
			}
			return false;
		};
	}

	private RowTest present(RuleNode.TagRef tag) {
		if (tag.isSegment()) {
			TagColumns c = this.columns;
			return row -> c.segmentCode(row) >= 0;
		}
		TagColumn column = this.columns.column(tag.code());
		return column == null ? NEVER : column::has;
	}

	private RowTest number(RuleNode.TagRef tag, Op op, double value) {
		if (!(this.columns.column(tag.code()) instanceof TagColumn.Numbers column)) {
			return NEVER;
		}
		double[] v = column.values;
		// NaN (no value) compares false with everything, != included.
		return switch (op) {
			case EQ -> row -> v[row] == value;
			case NE -> row -> v[row] != value && !Double.isNaN(v[row]);
			case LT -> row -> v[row] < value;
			case LE -> row -> v[row] <= value;
			case GT -> row -> v[row] > value;
			case GE -> row -> v[row] >= value;
		};
	}

	private RowTest numberIn(RuleNode.TagRef tag, List<Literal> values) {
		if (!(this.columns.column(tag.code()) instanceof TagColumn.Numbers column)) {
			return NEVER;
		}
		double[] v = column.values;
		double[] wanted = values.stream().mapToDouble(Literal::number).toArray();
		return row -> {
			double x = v[row];
			for (double w : wanted) {
				if (x == w) {
					return true;
				}
			}
			return false;
		};
	}

	private RowTest between(RuleNode.TagRef tag, double low, double high) {
		if (!(this.columns.column(tag.code()) instanceof TagColumn.Numbers column)) {
			return NEVER;
		}
		double[] v = column.values;
		return row -> v[row] >= low && v[row] <= high;
	}

	/** = , != and IN on a text tag or the segment: a lookup in the matching codes. */
	private RowTest text(RuleNode.TagRef tag, List<Literal> values, boolean negated) {
		Set<String> texts = new HashSet<>();
		values.forEach(v -> texts.add(v.text()));
		int[] codes;
		boolean[] match;
		if (tag.isSegment()) {
			TagColumns c = this.columns;
			match = c.segmentNames().matching(texts);
			return negated ? row -> {
				int s = c.segmentCode(row);
				return s >= 0 && !match[s];
			} : row -> {
				int s = c.segmentCode(row);
				return s >= 0 && match[s];
			};
		}
		if (!(this.columns.column(tag.code()) instanceof TagColumn.Texts column)) {
			return NEVER;
		}
		codes = column.codes;
		match = column.dictionary.matching(texts);
		return negated ? row -> codes[row] >= 0 && !match[codes[row]] : row -> codes[row] >= 0 && match[codes[row]];
	}

}
