package com.gridloop.strategy.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.gridloop.strategy.audience.RuleLexer.Kind;
import com.gridloop.strategy.audience.RuleLexer.Token;
import com.gridloop.strategy.audience.RuleNode.Op;

/**
 * Recursive-descent parser of the audience rule language. Precedence from loosest to
 * tightest: OR, AND, NOT, then a single condition or a parenthesised rule.
 *
 * <pre>
 * rule      = [ or ] END
 * or        = and { OR and }
 * and       = unary { AND unary }
 * unary     = NOT unary | "(" or ")" | HAS tag | condition
 * condition = tag ( op literal | [NOT] IN "(" literal { "," literal } ")"
 *                 | [NOT] BETWEEN number AND number | IS [NOT] PRESENT )
 * </pre>
 */
final class RuleParser {

	private final List<Token> tokens;

	private int next;

	private RuleParser(String rule) {
		this.tokens = RuleLexer.tokens(rule);
	}

	/** The tree of a rule; an empty rule selects everyone. */
	static RuleNode parse(String rule) {
		RuleParser parser = new RuleParser(rule == null ? "" : rule);
		if (parser.peek().kind() == Kind.END) {
			return new RuleNode.Everyone();
		}
		RuleNode node = parser.or();
		Token end = parser.peek();
		if (end.kind() != Kind.END) {
			throw parser.unexpected(end, end.kind() == Kind.CLOSE ? "a ')' without its '('" : "AND, OR or the end");
		}
		return node;
	}

	private RuleNode or() {
		return chain("OR", this::and, RuleNode.Or::new);
	}

	private RuleNode and() {
		return chain("AND", this::unary, RuleNode.And::new);
	}

	/** Operands joined by one keyword: a single operand stands alone. */
	private RuleNode chain(String keyword, Supplier<RuleNode> operand, Function<List<RuleNode>, RuleNode> node) {
		List<RuleNode> parts = new ArrayList<>(List.of(operand.get()));
		while (peek().is(keyword)) {
			this.next++;
			parts.add(operand.get());
		}
		return parts.size() == 1 ? parts.get(0) : node.apply(List.copyOf(parts));
	}

	private RuleNode unary() {
		Token t = take();
		if (t.is("NOT")) {
			return new RuleNode.Not(unary());
		}
		if (t.kind() == Kind.OPEN) {
			RuleNode inner = or();
			expect(Kind.CLOSE, "')' to close the '(' at position " + t.position());
			return inner;
		}
		if (t.is("HAS")) {
			return new RuleNode.Present(tag(take(), "a tag after HAS"));
		}
		return condition(tag(t, "a tag, NOT, HAS or '('"));
	}

	private RuleNode condition(RuleNode.TagRef tag) {
		Token t = take();
		if (t.kind() == Kind.OPERATOR) {
			return new RuleNode.Compare(tag, op(t), literal(take(), "a number or a quoted text after " + t.text()));
		}
		boolean negated = t.is("NOT");
		if (negated) {
			t = take();
		}
		RuleNode node;
		if (t.is("IN")) {
			expect(Kind.OPEN, "'(' after IN");
			List<RuleNode.Literal> values = new ArrayList<>(List.of(literal(take(), "a value in the IN list")));
			while (peek().kind() == Kind.COMMA) {
				this.next++;
				values.add(literal(take(), "a value after ','"));
			}
			expect(Kind.CLOSE, "',' or ')' in the IN list");
			node = new RuleNode.In(tag, List.copyOf(values));
		}
		else if (t.is("BETWEEN")) {
			RuleNode.Literal low = literal(take(), "a number after BETWEEN");
			expect("AND", "AND between the two ends of BETWEEN");
			node = new RuleNode.Between(tag, low, literal(take(), "a number after BETWEEN ... AND"));
		}
		else if (!negated && t.is("IS")) {
			boolean absent = peek().is("NOT");
			if (absent) {
				this.next++;
			}
			expect("PRESENT", "PRESENT or NOT PRESENT after IS");
			RuleNode present = new RuleNode.Present(tag);
			return absent ? new RuleNode.Not(present) : present;
		}
		else {
			throw unexpected(t, negated ? "IN or BETWEEN after NOT"
					: "a comparison (=, !=, <, <=, >, >=), IN, BETWEEN or IS PRESENT after " + tag.code());
		}
		return negated ? new RuleNode.Not(node) : node;
	}

	private RuleNode.TagRef tag(Token t, String expected) {
		if (t.kind() != Kind.WORD) {
			throw unexpected(t, expected);
		}
		return new RuleNode.TagRef(t.text(), t.position());
	}

	private RuleNode.Literal literal(Token t, String expected) {
		if (t.kind() != Kind.NUMBER && t.kind() != Kind.TEXT) {
			throw unexpected(t, expected);
		}
		return new RuleNode.Literal(t.value(), t.position());
	}

	private static Op op(Token t) {
		return switch (t.text()) {
			case "=" -> Op.EQ;
			case "!=" -> Op.NE;
			case "<" -> Op.LT;
			case "<=" -> Op.LE;
			case ">" -> Op.GT;
			default -> Op.GE;
		};
	}

	private void expect(Kind kind, String expected) {
		Token t = take();
		if (t.kind() != kind) {
			throw unexpected(t, expected);
		}
	}

	private void expect(String keyword, String expected) {
		Token t = take();
		if (!t.is(keyword)) {
			throw unexpected(t, expected);
		}
	}

	private Token peek() {
		return this.tokens.get(this.next);
	}

	private Token take() {
		Token t = this.tokens.get(this.next);
		if (t.kind() != Kind.END) {
			this.next++;
		}
		return t;
	}

	private RuleSyntaxException unexpected(Token t, String expected) {
		return new RuleSyntaxException(t.position(), t.text(), "expected " + expected + ", found " + t.quoted());
	}

}
