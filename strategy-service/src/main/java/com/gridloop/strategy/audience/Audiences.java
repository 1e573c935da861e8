package com.gridloop.strategy.audience;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.gridloop.common.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Audiences: rules on customers' tags and segment, parsed and checked against the tag
 * registry, then evaluated over every customer's latest snapshot held in memory. What
 * previews and campaign launches choose their customers with.
 *
 * <p>
 * The rule language, for example
 * {@code category = 'RESIDENTIAL' AND (peak_share > 0.35 OR segment = 'PRICE_SENSITIVE_SHIFTABLE') AND annual_kwh BETWEEN 2000 AND 9000 AND NOT account_status IN ('CLOSED', 'MERGED') AND has demand_response_kw}:
 * comparisons {@code = != < <= > >=}, {@code IN (...)}, {@code NOT IN (...)},
 * {@code BETWEEN a AND b} (both ends included), {@code HAS tag}, {@code tag IS [NOT]
 * PRESENT}, {@code segment} as a text tag, AND, OR, NOT and parentheses; keywords in any
 * case, texts in single quotes and compared without regard to case. A customer without a
 * tag fails every comparison on it. The empty rule selects everyone.
 */
@Service
public record Audiences(TagRegistry registry, TagSnapshotStore store) {

	/**
	 * Parses and checks a rule.
	 * @throws ErrorResponseException a 422 problem naming the position, the token and,
	 * for an unknown tag or a value of the wrong type, the tag
	 */
	public AudienceRule parse(String rule) {
		String text = rule == null ? "" : rule;
		try {
			RuleNode tree = RuleParser.parse(text);
			try {
				RuleChecker.check(tree, types());
			}
			catch (RuleSyntaxException unknownOrWrong) {
				// Snapshots may have been stored without the listener (a bulk load):
				// learn from the data itself before refusing.
				this.store.read(columns -> {
					this.registry.learn(columns.columns()
						.stream()
						.map(c -> new TagRegistry.LearntTag(c.code, c.type(), Instant.ofEpochMilli(c.firstSeen),
								Instant.ofEpochMilli(c.lastSeen)))
						.toList());
					return null;
				});
				RuleChecker.check(tree, types());
			}
			return new AudienceRule(text, tree);
		}
		catch (RuleSyntaxException ex) {
			throw problem(ex);
		}
	}

	/**
	 * Calls back once per customer matching the rule, on the latest snapshots stored (the
	 * snapshot in memory is brought up to date first). Snapshots stored meanwhile wait
	 * until the callbacks are done.
	 */
	public void forEachMatch(AudienceRule rule, Consumer<AudienceMember> each) {
		this.store.read(columns -> {
			RuleEvaluator.RowTest test = RuleEvaluator.compile(rule.tree(), columns);
			var tests = ColumnMember.compiler(columns);
			for (int row = 0, n = columns.size(); row < n; row++) {
				if (test.test(row)) {
					each.accept(new ColumnMember(columns, row, tests));
				}
			}
			return null;
		});
	}

	/** How many customers match the rule. */
	public long count(AudienceRule rule) {
		return this.store.read(columns -> {
			RuleEvaluator.RowTest test = RuleEvaluator.compile(rule.tree(), columns);
			long n = 0;
			for (int row = 0, size = columns.size(); row < size; row++) {
				if (test.test(row)) {
					n++;
				}
			}
			return n;
		});
	}

	/** The registry's tags with how many customers of the snapshot have each. */
	AudienceTags tags() {
		List<AudienceTags.Tag> tags = this.store.read(columns -> this.registry.all()
			.values()
			.stream()
			.map(t -> new AudienceTags.Tag(t.code(), t.type(), t.firstSeen(), t.lastSeen(),
					columns.column(t.code()) == null ? 0 : columns.column(t.code()).present))
			.toList());
		TagSnapshotStore.Stats s = this.store.stats();
		return new AudienceTags(s.customers(), s.bytes(), s.loadedAt(), s.loadSeconds(), s.refreshedAt(), tags);
	}

	private Map<String, TagType> types() {
		return this.registry.all()
			.values()
			.stream()
			.collect(Collectors.toMap(TagRegistry.LearntTag::code, TagRegistry.LearntTag::type));
	}

	private static ErrorResponseException problem(RuleSyntaxException ex) {
		String token = ex.token() == null || ex.token().isEmpty() ? "" : " ('" + ex.token() + "')";
		ErrorResponseException problem = Problems.unprocessable(
				ex.tag() == null ? "audience-rule-syntax" : "audience-rule-tag",
				"Audience rule, position " + ex.position() + token + ": " + ex.getMessage());
		problem.getBody().setProperty("position", ex.position());
		problem.getBody().setProperty("token", ex.token());
		if (ex.tag() != null) {
			problem.getBody().setProperty("tag", ex.tag());
		}
		return problem;
	}

}
