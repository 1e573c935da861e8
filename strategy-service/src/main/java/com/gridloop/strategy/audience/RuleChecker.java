package com.gridloop.strategy.audience;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.gridloop.strategy.audience.RuleNode.Literal;
import com.gridloop.strategy.audience.RuleNode.TagRef;

/**
 * Checks a parsed rule against the tag registry: every tag must be known, and every value
 * it is compared with must be of its type. The segment is a text every customer may have.
 */
final class RuleChecker {

	private final Map<String, TagType> types;

	private RuleChecker(Map<String, TagType> types) {
		this.types = types;
	}

	/**
	 * @throws RuleSyntaxException naming the first tag the rule gets wrong
	 */
	static void check(RuleNode rule, Map<String, TagType> types) {
		new RuleChecker(types).visit(rule);
	}

	private void visit(RuleNode node) {
		if (node instanceof RuleNode.And and) {
			and.parts().forEach(this::visit);
		}
		else if (node instanceof RuleNode.Or or) {
			or.parts().forEach(this::visit);
		}
		else if (node instanceof RuleNode.Not not) {
			visit(not.inner());
		}
		else if (node instanceof RuleNode.Present present) {
			type(present.tag());
		}
		else if (node instanceof RuleNode.Compare c) {
			TagType type = type(c.tag());
			if (c.op().ordering() && type != TagType.NUMBER) {
				throw wrong(c.tag(),
						c.tag().code() + " is a text tag: " + c.op().symbol + " needs a number tag; use =, != or IN");
			}
			sameType(c.tag(), type, c.value());
		}
		else if (node instanceof RuleNode.In in) {
			TagType type = type(in.tag());
			in.values().forEach(v -> sameType(in.tag(), type, v));
		}
		else if (node instanceof RuleNode.Between b) {
			between(b);
		}
	}

	private void between(RuleNode.Between b) {
		TagType type = type(b.tag());
		if (type != TagType.NUMBER) {
			throw wrong(b.tag(), b.tag().code() + " is a text tag: BETWEEN needs a number tag");
		}
		sameType(b.tag(), type, b.low());
		sameType(b.tag(), type, b.high());
		if (b.low().number() > b.high().number()) {
			throw new RuleSyntaxException(b.low().position(), b.low().show(), b.tag().code(),
					"BETWEEN " + b.low().show() + " AND " + b.high().show() + " on " + b.tag().code()
							+ " is empty: put the lower end first");
		}
	}

	private TagType type(TagRef tag) {
		if (tag.isSegment()) {
			return TagType.TEXT;
		}
		TagType type = this.types.get(tag.code());
		if (type == null) {
			throw new RuleSyntaxException(tag.position(), tag.code(), tag.code(),
					"unknown tag " + tag.code() + ": no snapshot received has carried it" + suggestion(tag.code()));
		}
		return type;
	}

	private static void sameType(TagRef tag, TagType type, Literal value) {
		if (value.isNumber() != (type == TagType.NUMBER)) {
			throw new RuleSyntaxException(value.position(), value.show(), tag.code(),
					(tag.isSegment() ? "the segment" : tag.code()) + " is a "
							+ (type == TagType.NUMBER ? "number tag, compared here with the text " + value.show()
									: "text tag, compared here with the number " + value.show() + "; quote it as '"
											+ value.show() + "'"));
		}
	}

	private static RuleSyntaxException wrong(TagRef tag, String message) {
		return new RuleSyntaxException(tag.position(), tag.code(), tag.code(), message);
	}

	private String suggestion(String code) {
		Set<String> close = this.types.keySet()
			.stream()
			.filter(known -> known.contains(code) || code.contains(known) || distance(known, code) <= 2)
			.limit(3)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
	}

	private static int distance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

}
