package com.gridloop.strategy.audience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule language: precedence, every form of condition, and errors that say where. */
class RuleParserTest {

	private static String parsed(String rule) {
		return RuleParser.parse(rule).show();
	}

	@Test
	void andBindsTighterThanOrAndParenthesesOverrideIt() {
		assertThat(parsed("a = 1 OR b = 2 AND c = 3")).isEqualTo("(a = 1 OR (b = 2 AND c = 3))");
		assertThat(parsed("(a = 1 OR b = 2) AND c = 3")).isEqualTo("((a = 1 OR b = 2) AND c = 3)");
		assertThat(parsed("a = 1 AND b = 2 AND c = 3 OR d = 4")).isEqualTo("((a = 1 AND b = 2 AND c = 3) OR d = 4)");
	}

	@Test
	void notBindsTighterThanAndAndNests() {
		assertThat(parsed("NOT a = 1 AND b = 2")).isEqualTo("(NOT a = 1 AND b = 2)");
		assertThat(parsed("NOT (a = 1 OR b = 2)")).isEqualTo("NOT (a = 1 OR b = 2)");
		assertThat(parsed("not not a = 1")).isEqualTo("NOT NOT a = 1");
	}

	@Test
	void comparisonsInListsBetweenAndPresence() {
		assertThat(parsed("a != 1 AND b <> 2 AND c < 3 AND d <= 4 AND e > -5.5 AND f >= 1e3"))
			.isEqualTo("(a != 1 AND b != 2 AND c < 3 AND d <= 4 AND e > -5.5 AND f >= 1000)");
		assertThat(parsed("status IN ('CLOSED', 'MERGED')")).isEqualTo("status IN ('CLOSED', 'MERGED')");
		assertThat(parsed("status not in ('CLOSED')")).isEqualTo("NOT status IN ('CLOSED')");
		assertThat(parsed("kwh BETWEEN 2000 AND 9000 AND x = 1")).isEqualTo("(kwh BETWEEN 2000 AND 9000 AND x = 1)");
		assertThat(parsed("kwh NOT BETWEEN 1 AND 2")).isEqualTo("NOT kwh BETWEEN 1 AND 2");
		assertThat(parsed("has demand_response_kw OR dr IS PRESENT OR pf is not present"))
			.isEqualTo("(HAS demand_response_kw OR HAS dr OR NOT HAS pf)");
		assertThat(parsed("segment IN ('HIGH_VALUE_STABLE', 'NIGHT_CHARGING') AND segment = 'x'"))
			.isEqualTo("(segment IN ('HIGH_VALUE_STABLE', 'NIGHT_CHARGING') AND segment = 'x')");
		assertThat(parsed("name = 'O''Brien'")).isEqualTo("name = 'O''Brien'");
		assertThat(parsed("   ")).isEqualTo("EVERYONE");
	}

	@Test
	void theIssuesExampleReadsAsWritten() {
		assertThat(
				parsed("category = 'RESIDENTIAL' AND (peak_share > 0.35 OR segment = 'PRICE_SENSITIVE_PEAK_SHIFTABLE') "
						+ "AND annual_kwh BETWEEN 2000 AND 9000 AND NOT account_status IN ('CLOSED','MERGED') "
						+ "AND has demand_response_kw"))
			.isEqualTo("(category = 'RESIDENTIAL' AND (peak_share > 0.35 OR segment = 'PRICE_SENSITIVE_PEAK_SHIFTABLE')"
					+ " AND annual_kwh BETWEEN 2000 AND 9000 AND NOT account_status IN ('CLOSED', 'MERGED')"
					+ " AND HAS demand_response_kw)");
	}

	@Test
	void errorsNameThePositionAndTheToken() {
		Object[][] cases = { // rule, position, token, message
				{ "peak_share >", 13, "", "expected a number or a quoted text after >, found the end of the rule" },
				{ "peak_share 0.3", 12, "0.3", "expected a comparison" },
				{ "a = 1 AND AND b = 2", 11, "AND", "expected a tag, NOT, HAS or '('" },
				{ "(a = 1 OR b = 2", 16, "", "expected ')' to close the '(' at position 1" },
				{ "a = 1) AND b = 2", 6, ")", "a ')' without its '('" },
				{ "a IN ('X' 'Y')", 11, "'Y'", "expected ',' or ')' in the IN list" },
				{ "a BETWEEN 1 OR 2", 13, "OR", "expected AND between the two ends of BETWEEN" },
				{ "name = 'open", 8, "'open", "no closing quote" },
				{ "a = 1 # comment", 7, "#", "unexpected character '#'" },
				{ "a == 1", 3, "==", "use =, !=, <, <=, > or >=" },
				{ "a = 12abc", 5, "12abc", "'12abc' is not a number" },
				{ "a = 1 b = 2", 7, "b", "expected AND, OR or the end" } };
		for (Object[] c : cases) {
			assertError((String) c[0], (Integer) c[1], (String) c[2], (String) c[3]);
		}
	}

	private static void assertError(String rule, int position, String token, String message) {
		assertThatThrownBy(() -> RuleParser.parse(rule)).as(rule)
			.isInstanceOfSatisfying(RuleSyntaxException.class, ex -> {
				assertThat(ex.position()).as("position in " + rule).isEqualTo(position);
				assertThat(ex.token()).as("token in " + rule).isEqualTo(token);
				assertThat(ex.getMessage()).as("message for " + rule).contains(message);
				assertThat(ex.tag()).isNull();
			});
	}

}
