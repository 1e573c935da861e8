package com.gridloop.local.chaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the run with faults against the run without. Counts the data fixes (facts,
 * tags, targets, evaluated customers) must equal the fault-free run's; counts that depend
 * on the campaign's random control split (a new campaign id each run) must equal what the
 * same run's upstream stage asked for; nothing may be left in an outbox or on Kafka, and
 * no customer may get two messages. A shortfall is lost, an excess duplicated.
 */
final class Comparison {

	/** One count: expected, found, and what that makes. */
	record Row(String count, String expectedFrom, long expected, long found) {

		long lost() {
			return Math.max(0, this.expected - this.found);
		}

		long duplicated() {
			return Math.max(0, this.found - this.expected);
		}

	}

	private static final List<String> SAME_AS_FAULT_FREE = List.of("ingestion customers", "ingestion meter-days",
			"ingestion daily facts", "profile usage days", "profile customers tagged", "profile tag values",
			"strategy targets", "reach targets", "evaluation customers", "gateway customers messaged twice");

	private Comparison() {
	}

	static List<Row> rows(StageCounts faultFree, StageCounts chaos) {
		List<Row> rows = new ArrayList<>();
		for (String count : SAME_AS_FAULT_FREE) {
			rows.add(new Row(count, "fault-free run", faultFree.get(count), chaos.get(count)));
		}
		rows.add(same(chaos, "reach treatment", "strategy treatment"));
		rows.add(same(chaos, "reach handled", "strategy treatment"));
		rows.add(same(chaos, "gateway messages", "reach dispatched"));
		rows.add(same(chaos, "reach outcomes", "outcomes recorded by users"));
		rows.add(same(chaos, "evaluation conversions", "outcomes recorded by users"));
		rows.add(same(chaos, "strategy result conversions", "outcomes recorded by users"));
		for (String count : chaos.values().keySet()) {
			if (count.startsWith("outbox ") || count.equals("consumer lag")
					|| count.equals("reach control contacted")) {
				rows.add(new Row(count, "zero", 0, chaos.get(count)));
			}
		}
		return rows;
	}

	private static Row same(StageCounts counts, String count, String as) {
		return new Row(count, as, counts.get(as), counts.get(count));
	}

	static void print(List<Row> rows, PrintStream out) {
		out.printf("%n  %-34s %12s %12s  %s%n", "count", "expected", "found", "expected from");
		for (Row r : rows) {
			out.println(String.format(Locale.ROOT, "  %-34s %,12d %,12d  %s%s", r.count(), r.expected(), r.found(),
					r.expectedFrom(), r.lost() + r.duplicated() == 0 ? "" : "  <-- DIFFERENT"));
		}
		out.println();
	}

}
