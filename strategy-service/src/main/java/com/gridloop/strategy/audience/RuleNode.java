package com.gridloop.strategy.audience;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The parsed tree of an audience rule. Every node can show itself fully parenthesised,
 * which is how tests see precedence.
 */
sealed interface RuleNode {

	/** The pseudo-tag naming the customer's current segment. */
	String SEGMENT = "segment";

	/** The rule in canonical text, every group in parentheses. */
	String show();

	/** A tag code where it stands in the rule (1-based character position). */
	record TagRef(String code, int position) {

		boolean isSegment() {
			return SEGMENT.equals(this.code);
		}

	}

	/** A number ({@link Double}) or a text ({@link String}) written in the rule. */
	record Literal(Object value, int position) {

		boolean isNumber() {
			return this.value instanceof Double;
		}

		double number() {
			return (Double) this.value;
		}

		String text() {
			return (String) this.value;
		}

		String show() {
			return isNumber() ? Rules.formatNumber(number()) : "'" + text().replace("'", "''") + "'";
		}

	}

	/** The comparisons of the language. */
	enum Op {

		EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

		final String symbol;

		Op(String symbol) {
			this.symbol = symbol;
		}

		boolean ordering() {
			return this != EQ && this != NE;
		}

	}

	record And(List<RuleNode> parts) implements RuleNode {

		@Override
		public String show() {
			return this.parts.stream().map(RuleNode::show).collect(Collectors.joining(" AND ", "(", ")"));
		}

	}

	record Or(List<RuleNode> parts) implements RuleNode {

		@Override
		public String show() {
			return this.parts.stream().map(RuleNode::show).collect(Collectors.joining(" OR ", "(", ")"));
		}

	}

	record Not(RuleNode inner) implements RuleNode {

		@Override
		public String show() {
			return "NOT " + this.inner.show();
		}

	}

	/** {@code tag op literal}. */
	record Compare(TagRef tag, Op op, Literal value) implements RuleNode {

		@Override
		public String show() {
			return this.tag.code() + " " + this.op.symbol + " " + this.value.show();
		}

	}

	/** {@code tag IN (a, b, ...)}. */
	record In(TagRef tag, List<Literal> values) implements RuleNode {

		@Override
		public String show() {
			return this.tag.code() + " IN "
					+ this.values.stream().map(Literal::show).collect(Collectors.joining(", ", "(", ")"));
		}

	}

	/** {@code tag BETWEEN low AND high}, both ends included. */
	record Between(TagRef tag, Literal low, Literal high) implements RuleNode {

		@Override
		public String show() {
			return this.tag.code() + " BETWEEN " + this.low.show() + " AND " + this.high.show();
		}

	}

	/** {@code HAS tag} or {@code tag IS PRESENT}. */
	record Present(TagRef tag) implements RuleNode {

		@Override
		public String show() {
			return "HAS " + this.tag.code();
		}

	}

	/** Matches every customer: the empty rule. */
	record Everyone() implements RuleNode {

		@Override
		public String show() {
			return "EVERYONE";
		}

	}

	/** Shared text helpers. */
	final class Rules {

		private Rules() {
		}

		static String formatNumber(double v) {
			return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
					: String.format(Locale.ROOT, "%s", v);
		}

	}

}
