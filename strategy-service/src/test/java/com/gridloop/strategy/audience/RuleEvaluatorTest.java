package com.gridloop.strategy.audience;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules checked against a registry and evaluated over columns built in memory: what
 * matches, what an absent tag does, and the type errors that name the tag.
 */
class RuleEvaluatorTest {

	private static final Map<String, TagType> TYPES = Map.of("category", TagType.TEXT, "peak_share", TagType.NUMBER,
			"annual_kwh", TagType.NUMBER, "account_status", TagType.TEXT, "demand_response_kw", TagType.NUMBER,
			"region_code", TagType.TEXT);

	private final TagColumns columns = new TagColumns(2);

	@Test
	void selectsByComparisonsSegmentsListsRangesAndPresence() {
		customer("a", "NIGHT_CHARGING", Map.of("category", "RESIDENTIAL", "peak_share", 0.4, "annual_kwh", 3000.0,
				"demand_response_kw", 1.5, "account_status", "ACTIVE"));
		customer("b", "PRICE_SENSITIVE_SHIFTABLE",
				Map.of("category", "RESIDENTIAL", "peak_share", 0.2, "annual_kwh", 8000.0, "demand_response_kw", 0.5));
		customer("c", null,
				Map.of("category", "RESIDENTIAL", "peak_share", 0.5, "annual_kwh", 9000.5, "demand_response_kw", 2.0));
		customer("d", "NIGHT_CHARGING", Map.of("category", "GENERAL_CI", "peak_share", 0.6, "annual_kwh", 5000.0));
		customer("e", "NIGHT_CHARGING", Map.of("category", "residential", "peak_share", 0.36, "annual_kwh", 2000.0,
				"account_status", "CLOSED", "demand_response_kw", 3.0));

		String example = "category = 'RESIDENTIAL' AND (peak_share > 0.35 OR segment = 'PRICE_SENSITIVE_SHIFTABLE') "
				+ "AND annual_kwh BETWEEN 2000 AND 9000 AND NOT account_status IN ('CLOSED','MERGED') "
				+ "AND has demand_response_kw";
		assertThat(matches(example)).containsExactly("a", "b");
		assertThat(matches("category = 'Residential'")).as("texts ignore case").containsExactly("a", "b", "c", "e");
		assertThat(matches("NOT account_status = 'ACTIVE'")).as("no status is not ACTIVE")
			.containsExactly("b", "c", "d", "e");
		assertThat(matches("account_status != 'ACTIVE'")).as("!= needs a value").containsExactly("e");
		assertThat(matches("peak_share >= 0.5 OR annual_kwh < 2500")).containsExactly("c", "d", "e");
		assertThat(matches("annual_kwh BETWEEN 2000 AND 3000")).as("both ends included").containsExactly("a", "e");
		assertThat(matches("annual_kwh IN (3000, 5000)")).containsExactly("a", "d");
		assertThat(matches("segment IN ('night_charging') AND NOT has demand_response_kw")).containsExactly("d");
		assertThat(matches("segment IS NOT PRESENT")).containsExactly("c");
		assertThat(matches("segment != 'NIGHT_CHARGING'")).containsExactly("b");
		assertThat(matches("peak_share <= 0.2 OR peak_share = 0.6")).containsExactly("b", "d");
		assertThat(matches("region_code = '420102'")).as("a known tag nobody has now").isEmpty();
		assertThat(matches("")).containsExactly("a", "b", "c", "d", "e");
		assertThat(RuleWarnings.of(
				RuleParser.parse("segment IN ('night_charging', 'PRICE_SENSITIVE_PEAK_SHIFTABLE') "
						+ "AND NOT category = 'RESIDENTAL' AND region_code = '420102' AND peak_share > 0.3"),
				this.columns))
			.containsExactly("no customer is in segment 'PRICE_SENSITIVE_PEAK_SHIFTABLE' now (position 31)",
					"no customer has category 'RESIDENTAL' now (position 84)",
					"no customer has region_code '420102' now (position 115)");
		assertThat(new AudienceRule(example, RuleParser.parse(example)).explain(new ColumnMember(this.columns, 1)))
			.isEqualTo("category RESIDENTIAL, peak_share 0.2, segment PRICE_SENSITIVE_SHIFTABLE, annual_kwh 8000, "
					+ "account_status none, demand_response_kw 0.5");
	}

	@Test
	void aNewerSnapshotReplacesTheWholeRowAndAnOlderOneIsIgnored() {
		customer("a", "S1", 2, Map.of("category", "RESIDENTIAL", "demand_response_kw", 1.0));
		customer("a", "S2", 3, Map.of("category", "GENERAL_CI"));
		customer("a", "S3", 1, Map.of("category", "AGRICULTURAL", "demand_response_kw", 5.0));
		assertThat(matches("category = 'GENERAL_CI' AND segment = 'S2' AND NOT has demand_response_kw"))
			.containsExactly("a");
		assertThat(this.columns.column("demand_response_kw").present).isZero();
		assertThat(this.columns.column("category").present).isEqualTo(1);
	}

	@Test
	void aNumberTagSeenWithATextBecomesText() {
		customer("a", null, Map.of("code", 12.0));
		customer("b", null, Map.of("code", "X7"));
		assertThat(this.columns.column("code").type()).isEqualTo(TagType.TEXT);
		assertThat(new ColumnMember(this.columns, 0).tag("code")).isEqualTo("12");
		RuleNode rule = RuleParser.parse("code IN ('12', 'x7')");
		RuleChecker.check(rule, Map.of("code", TagType.TEXT));
		assertThat(count(rule)).isEqualTo(2);
	}

	@Test
	void manyCustomersGrowTheColumnsAndStayFindable() {
		for (int i = 0; i < 5000; i++) {
			customer("c" + i, i % 2 == 0 ? "EVEN" : "ODD", Map.of("annual_kwh", (double) i));
		}
		customer("c4999", "ODD", Map.of("annual_kwh", -1.0));
		assertThat(this.columns.size()).isEqualTo(5000);
		assertThat(count(RuleParser.parse("segment = 'EVEN' AND annual_kwh < 1000"))).isEqualTo(500);
		assertThat(count(RuleParser.parse("annual_kwh < 0"))).isEqualTo(1);
	}

	@Test
	void unknownTagsAndWrongTypesNameTheTag() {
		assertRefused("categry = 'RESIDENTIAL'", "categry", 1, "unknown tag categry", "did you mean category");
		assertRefused("peak_share = 'high'", "peak_share", 14, "peak_share is a number tag", "'high'");
		assertRefused("region_code = 420102", "region_code", 15, "region_code is a text tag", "quote it as '420102'");
		assertRefused("category > 'A'", "category", 1, "category is a text tag: > needs a number tag");
		assertRefused("category BETWEEN 1 AND 2", "category", 1, "BETWEEN needs a number tag");
		assertRefused("annual_kwh BETWEEN 9000 AND 2000", "annual_kwh", 20, "is empty");
		assertRefused("annual_kwh IN (1, 'two')", "annual_kwh", 19, "number tag");
		assertRefused("segment = 3", "segment", 11, "the segment is a text tag");
		assertRefused("has nothing_like_it", "nothing_like_it", 5, "unknown tag nothing_like_it");
	}

	private void assertRefused(String rule, String tag, int position, String... message) {
		assertThatThrownBy(() -> RuleChecker.check(RuleParser.parse(rule), TYPES)).as(rule)
			.isInstanceOfSatisfying(RuleSyntaxException.class, ex -> {
				assertThat(ex.tag()).isEqualTo(tag);
				assertThat(ex.position()).isEqualTo(position);
				assertThat(ex.getMessage()).contains(message);
			});
	}

	private List<String> matches(String rule) {
		RuleNode tree = RuleParser.parse(rule);
		RuleChecker.check(tree, TYPES);
		RuleEvaluator.RowTest test = RuleEvaluator.compile(tree, this.columns);
		List<String> ids = new ArrayList<>();
		for (int row = 0; row < this.columns.size(); row++) {
			if (test.test(row)) {
				ids.add(this.columns.id(row));
			}
		}
		return ids;
	}

	private long count(RuleNode rule) {
		RuleEvaluator.RowTest test = RuleEvaluator.compile(rule, this.columns);
		long n = 0;
		for (int row = 0; row < this.columns.size(); row++) {
			n += test.test(row) ? 1 : 0;
		}
		return n;
	}

	private void customer(String id, String segment, Map<String, Object> tags) {
		customer(id, segment, 1, tags);
	}

	private void customer(String id, String segment, long at, Map<String, Object> tags) {
		if (this.columns.begin(id, segment, at)) {
			new LinkedHashMap<>(tags).forEach((tag, v) -> {
				if (v instanceof Double d) {
					this.columns.number(tag, d);
				}
				else {
					this.columns.text(tag, (String) v);
				}
			});
			this.columns.end();
		}
	}

}
