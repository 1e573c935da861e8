package com.gridloop.strategy.audience;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed audience rule, checked against the tag registry: obtained from
 * {@link Audiences#parse}, evaluated by {@link Audiences#forEachMatch}.
 */
public final class AudienceRule {

	private final String text;

	private final RuleNode tree;

	private final List<String> tags;

	AudienceRule(String text, RuleNode tree) {
		this.text = text;
		this.tree = tree;
		Set<String> used = new LinkedHashSet<>();
		collect(tree, used);
		this.tags = List.copyOf(used);
	}

	/** The rule as written. */
	public String text() {
		return this.text;
	}

	/** The rule fully parenthesised, as it was understood. */
	public String canonical() {
		return this.tree.show();
	}

	/**
	 * The tag codes the rule reads, in the order they first appear; {@code segment} when
	 * it reads the segment.
	 */
	public List<String> tags() {
		return this.tags;
	}

	/**
	 * Why a member was chosen, in its own values of the tags the rule reads:
	 * {@code category RESIDENTIAL, peak_share 0.4123, segment NIGHT_CHARGING} (numbers to
	 * four significant digits); a tag the member lacks reads {@code none}.
	 */
	public String explain(AudienceMember member) {
		if (this.tags.isEmpty()) {
			return "everyone";
		}
		StringBuilder reason = new StringBuilder();
		for (String tag : this.tags) {
			Object v = tag.equals(RuleNode.SEGMENT) ? member.segment() : member.tag(tag);
			String shown = v instanceof Double d
					? BigDecimal.valueOf(d).round(new MathContext(4)).stripTrailingZeros().toPlainString()
					: String.valueOf(v);
			reason.append(reason.isEmpty() ? "" : ", ").append(tag).append(' ').append(v == null ? "none" : shown);
		}
		return reason.toString();
	}

	RuleNode tree() {
		return this.tree;
	}

	@Override
	public String toString() {
		return this.text;
	}

	private static void collect(RuleNode node, Set<String> into) {
		if (node instanceof RuleNode.And and) {
			and.parts().forEach(p -> collect(p, into));
		}
		else if (node instanceof RuleNode.Or or) {
			or.parts().forEach(p -> collect(p, into));
		}
		else if (node instanceof RuleNode.Not not) {
			collect(not.inner(), into);
		}
		else if (node instanceof RuleNode.Compare c) {
			into.add(c.tag().code());
		}
		else if (node instanceof RuleNode.In in) {
			into.add(in.tag().code());
		}
		else if (node instanceof RuleNode.Between b) {
			into.add(b.tag().code());
		}
		else if (node instanceof RuleNode.Present p) {
			into.add(p.tag().code());
		}
	}

}
