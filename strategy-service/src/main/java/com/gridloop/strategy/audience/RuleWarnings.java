package com.gridloop.strategy.audience;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What in a valid rule can select nobody now: a text no customer has for its tag, a
 * segment no customer is in (often a typo, or a segment the nightly run no longer forms).
 * Warnings, not errors: the value may appear with the next snapshots.
 */
final class RuleWarnings {

	private RuleWarnings() {
	}

	static List<String> of(RuleNode rule, TagColumns columns) {
		Set<String> warnings = new LinkedHashSet<>();
		visit(rule, columns, warnings);
		return new ArrayList<>(warnings);
	}

	private static void visit(RuleNode node, TagColumns columns, Set<String> warnings) {
		if (node instanceof RuleNode.And and) {
			and.parts().forEach(p -> visit(p, columns, warnings));
		}
		else if (node instanceof RuleNode.Or or) {
			or.parts().forEach(p -> visit(p, columns, warnings));
		}
		else if (node instanceof RuleNode.Not not) {
			visit(not.inner(), columns, warnings);
		}
		else if (node instanceof RuleNode.Compare c && !c.value().isNumber()) {
			check(c.tag(), List.of(c.value()), columns, warnings);
		}
		else if (node instanceof RuleNode.In in && !in.values().get(0).isNumber()) {
			check(in.tag(), in.values(), columns, warnings);
		}
	}

	private static void check(RuleNode.TagRef tag, List<RuleNode.Literal> values, TagColumns columns,
			Set<String> warnings) {
		Dictionary known = tag.isSegment() ? columns.segmentNames()
				: columns.column(tag.code()) instanceof TagColumn.Texts texts ? texts.dictionary : null;
		for (RuleNode.Literal v : values) {
			boolean[] match = known == null ? new boolean[0] : known.matching(Set.of(v.text()));
			boolean any = false;
			for (boolean m : match) {
				any |= m;
			}
			if (!any) {
				warnings.add((tag.isSegment() ? "no customer is in segment " : "no customer has " + tag.code() + " ")
						+ v.show() + " now (position " + v.position() + ")");
			}
		}
	}

}
