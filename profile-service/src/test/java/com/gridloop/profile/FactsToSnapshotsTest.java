package com.gridloop.profile;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventEnvelope;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Ingestion's events in, tags out on the compacted snapshot topic, with no segment before
 * a segmentation run has placed the customer; redelivery changes nothing.
 */
@ProfileIntegrationTest
class FactsToSnapshotsTest {

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	private final TestKafka kafka = TestKafka.shared();

	@Test
	void usageFactsBecomeTagsAndASnapshot() {
		String customer = "cust-profile-1";
		Map<String, Object> linked = new LinkedHashMap<>();
		linked.put("customerId", customer);
		linked.put("category", "RESIDENTIAL");
		linked.put("regionCode", "420102");
		linked.put("tariffCode", "HB-RES");
		linked.put("contractedKva", 8.0);
		linked.put("phone", "13800001111");
		linked.put("someFieldProfileDoesNotKnow", "ignored");
		send(Topics.CUSTOMERS, Events.CUSTOMER_LINKED, customer, linked);
		// Seven days: 10-11 kWh a day with 3 in sharp+peak, 2 in the valley; max demand 2
		// kW.
		Map<String, String> facts = new LinkedHashMap<>();
		for (int d = 0; d < 7; d++) {
			double[] hourly = new double[24];
			Arrays.fill(hourly, 10.0 / 24);
			Map<String, Object> fact = new LinkedHashMap<>();
			fact.put("customerId", customer);
			fact.put("day", LocalDate.of(2026, 6, 1).plusDays(d).toString());
			fact.put("kwh", 10.0 + (d % 2));
			fact.put("hourlyKwh", hourly);
			fact.put("sharpKwh", 1.0);
			fact.put("peakKwh", 2.0);
			fact.put("flatKwh", 5.0 + (d % 2));
			fact.put("valleyKwh", 2.0);
			fact.put("maxDemandKw", 2.0);
			fact.put("missingShare", 0.0);
			EventEnvelope e = this.codec.wrap(Events.USAGE_RECORDED, customer, fact);
			facts.put(e.eventId().toString(), this.codec.encode(e));
		}
		this.kafka.sendAll(Topics.USAGE_DAILY, facts);

		TestKafka.await(Duration.ofSeconds(30), "tags of " + customer,
				() -> count("select count(*) from tag_value where customer_id = ? and tag_code = 'daily_kwh_cv'",
						customer) == 1);
		Map<String, Object> tags = tags(customer);
		double total = 7 * 10 + 3;
		assertThat((Double) tags.get("annual_kwh")).isCloseTo(total / 7 * 365, within(0.1));
		assertThat((Double) tags.get("peak_share")).isCloseTo(21 / total, within(1e-4));
		assertThat((Double) tags.get("sharp_share")).isCloseTo(7 / total, within(1e-4));
		assertThat((Double) tags.get("valley_share")).isCloseTo(14 / total, within(1e-4));
		assertThat((Double) tags.get("load_factor")).isCloseTo((total / (7 * 24)) / 2.0, within(1e-4));
		assertThat(tags.get("category")).isEqualTo("RESIDENTIAL");
		assertThat(tags.get("capacity_class")).isEqualTo("<50kVA");

		TestKafka.await(Duration.ofSeconds(30), "a snapshot on the compacted topic",
				() -> snapshots(customer).stream().anyMatch(s -> s.get("tags").has("daily_kwh_cv")));
		JsonNode latest = snapshots(customer).get(snapshots(customer).size() - 1);
		assertThat(latest.hasNonNull("segment")).as("a segment before any run placed the customer").isFalse();
		assertThat(latest.hasNonNull("segmentReason")).isFalse();
		assertThat(latest.get("windowFrom").asString()).isEqualTo("2026-06-01");
		assertThat(latest.get("windowTo").asString()).isEqualTo("2026-06-07");

		// The same seven events again: handled once, so nothing changes and no customer
		// is marked again.
		long usageDays = count("select count(*) from usage_day where customer_id = ?", customer);
		long handled = count("select count(*) from processed_event where consumer = 'profile.usage'");
		this.kafka.sendAll(Topics.USAGE_DAILY, facts);
		TestKafka.await(Duration.ofSeconds(30), "the redelivered events to be consumed", () -> duplicatesSeen() >= 7);
		assertThat(count("select count(*) from usage_day where customer_id = ?", customer)).isEqualTo(usageDays);
		assertThat(count("select count(*) from processed_event where consumer = 'profile.usage'")).isEqualTo(handled);
		assertThat(count("select count(*) from dirty_customer where customer_id = ?", customer)).isZero();
	}

	@Test
	void aCustomerNoRunHasPlacedIsProfiledWithoutASegment() {
		String customer = "cust-profile-peak";
		double[] hourly = new double[24];
		Map<String, Object> fact = new LinkedHashMap<>();
		fact.put("customerId", customer);
		fact.put("day", "2026-06-01");
		fact.put("kwh", 10.0);
		fact.put("hourlyKwh", hourly);
		fact.put("sharpKwh", 3.0);
		fact.put("peakKwh", 3.0);
		fact.put("flatKwh", 2.0);
		fact.put("valleyKwh", 2.0);
		fact.put("maxDemandKw", 2.0);
		fact.put("missingShare", 0.0);
		send(Topics.USAGE_DAILY, Events.USAGE_RECORDED, customer, fact);
		TestKafka.await(Duration.ofSeconds(30), "snapshot of " + customer,
				() -> count("select count(*) from customer_snapshot where customer_id = ?", customer) == 1
						&& !snapshots(customer).isEmpty());
		assertThat((Double) tags(customer).get("peak_share")).isCloseTo(0.6, within(1e-9));
		JsonNode latest = snapshots(customer).get(snapshots(customer).size() - 1);
		assertThat(latest.hasNonNull("segment")).isFalse();
		assertThat(latest.hasNonNull("segmentReason")).isFalse();
	}

	@Test
	void daysKnownOnlyFromRegistersGiveConsumptionButNoShapeOrBandTags() {
		String customer = "cust-profile-registers";
		for (int d = 0; d < 3; d++) {
			Map<String, Object> fact = new LinkedHashMap<>();
			fact.put("customerId", customer);
			fact.put("day", LocalDate.of(2026, 6, 1).plusDays(d).toString());
			fact.put("intervalMinutes", 1440);
			fact.put("kwh", 10.0 + d);
			fact.put("hourlyKwh", null);
			fact.put("sharpKwh", null);
			fact.put("missingShare", 0.0);
			send(Topics.USAGE_DAILY, Events.USAGE_RECORDED, customer, fact);
		}
		TestKafka.await(Duration.ofSeconds(30), "tags of the three days of " + customer,
				() -> count("select count(*) from tag_value where customer_id = ? and tag_code = 'annual_kwh'"
						+ " and abs(value_num - 4015) < 0.1", customer) == 1);
		Map<String, Object> tags = tags(customer);
		assertThat(tags).containsKey("daily_kwh_cv");
		assertThat(tags).doesNotContainKeys("peak_share", "valley_share", "load_factor", "max_demand_kw");
		assertThat(count("select count(*) from customer_feature where customer_id = ?", customer)).isZero();
	}

	@Test
	void aMergedCustomerIsTaggedSoAndActiveAgainWhenTheMergeIsUndone() {
		String survivor = "cust-profile-survivor";
		String merged = "cust-profile-merged";
		for (String c : List.of(survivor, merged)) {
			send(Topics.CUSTOMERS, Events.CUSTOMER_LINKED, c,
					Map.of("customerId", c, "category", "RESIDENTIAL", "tariffCode", "HB-RES"));
		}
		// The duplicate has the history: two days of usage (one the survivor has too) and
		// a complaint.
		LocalDate day = LocalDate.of(2026, 5, 1);
		double[] flat = new double[24];
		java.util.Arrays.fill(flat, 0.5);
		send(Topics.USAGE_DAILY, Events.USAGE_RECORDED, merged, UsageFacts.fact(merged, day, flat));
		send(Topics.USAGE_DAILY, Events.USAGE_RECORDED, merged, UsageFacts.fact(merged, day.plusDays(1), flat));
		double[] survivorsOwn = new double[24];
		java.util.Arrays.fill(survivorsOwn, 1.0);
		send(Topics.USAGE_DAILY, Events.USAGE_RECORDED, survivor, UsageFacts.fact(survivor, day, survivorsOwn));
		send(Topics.TICKETS, Events.TICKET_RECORDED, merged, Map.of("ticketId", "merge-t1", "customerId", merged,
				"category", "COMPLAINT", "acceptTime", "2026-05-01T10:00:00+08:00"));
		TestKafka.await(Duration.ofSeconds(30), "both customers active with their history",
				() -> count("select count(*) from tag_value where customer_id in (?, ?) and tag_code = 'account_status'"
						+ " and value_text = 'ACTIVE'", survivor, merged) == 2
						&& count("select count(*) from usage_day where customer_id in (?, ?)", survivor, merged) == 3
						&& count("select count(*) from ticket where ticket_id = 'merge-t1'") == 1);
		send(Topics.CUSTOMERS, Events.CUSTOMER_MERGED, survivor,
				Map.of("mergeId", 7, "survivorId", survivor, "mergedId", merged, "aliases", List.of("PHONE:1")));
		TestKafka.await(Duration.ofSeconds(30), "the merged customer tagged MERGED",
				() -> "MERGED".equals(tags(merged).get("account_status")));
		assertThat(tags(survivor)).containsEntry("account_status", "ACTIVE");
		// The survivor takes the history it did not have; its own day stays its own.
		assertThat(count("select count(*) from usage_day where customer_id = ?", survivor)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select kwh from usage_day where customer_id = ? and day = ?", Double.class,
				survivor, day))
			.isEqualTo(24.0);
		assertThat(count("select count(*) from ticket where customer_id = ? and from_customer = ?", survivor, merged))
			.isEqualTo(1);
		TestKafka.await(Duration.ofSeconds(30), "the survivor's tags count the duplicate's complaint",
				() -> Double.valueOf(1.0).equals(tags(survivor).get("complaints_12m")));

		send(Topics.CUSTOMERS, Events.CUSTOMER_SPLIT, survivor, Map.of("customerId", survivor, "restoredId", merged,
				"restoredStatus", "ACTIVE", "aliases", List.of("PHONE:1"), "mergeId", 7));
		TestKafka.await(Duration.ofSeconds(30), "the merged customer active again",
				() -> "ACTIVE".equals(tags(merged).get("account_status")));
		// Undone: exactly what moved goes back.
		assertThat(count("select count(*) from usage_day where customer_id = ?", merged)).isEqualTo(2);
		assertThat(count("select count(*) from usage_day where customer_id = ?", survivor)).isEqualTo(1);
		assertThat(count("select count(*) from ticket where customer_id = ?", merged)).isEqualTo(1);
	}

	@Test
	void yearOnYearGrowthComparesTheLastTwelveBillMonthsWithTheTwelveBefore() {
		String customer = "cust-profile-yoy";
		send(Topics.CUSTOMERS, Events.CUSTOMER_LINKED, customer,
				Map.of("customerId", customer, "category", "RESIDENTIAL", "tariffCode", "HB-RES"));
		java.time.YearMonth first = java.time.YearMonth.of(2024, 7);
		for (int m = 0; m < 24; m++) {
			java.time.YearMonth month = first.plusMonths(m);
			double kwh = m < 12 ? 100 : 110;
			Map<String, Object> bill = new LinkedHashMap<>();
			bill.put("customerId", customer);
			bill.put("month", month.toString());
			bill.put("kwh", kwh);
			bill.put("amount", kwh * 0.57);
			bill.put("dueDate", month.plusMonths(1).atDay(15).toString());
			bill.put("paidAmount", kwh * 0.57);
			bill.put("paidDate", month.plusMonths(1).atDay(10).toString());
			bill.put("oweAmount", 0.0);
			bill.put("payChannel", "APP");
			send(Topics.BILLS, Events.BILL_RECORDED, customer, bill);
		}
		TestKafka.await(Duration.ofSeconds(30), "the growth tag", () -> tags(customer).containsKey("yoy_growth"));
		assertThat((Double) tags(customer).get("yoy_growth")).isCloseTo(0.1, within(1e-9));
	}

	private double duplicatesSeen() {
		var counter = this.meters.find("gridloop.events.consumed")
			.tags("consumer", "profile.usage", "outcome", "duplicate")
			.counter();
		return counter == null ? 0 : counter.count();
	}

	private List<JsonNode> snapshots(String customer) {
		return this.kafka.readAll(Topics.TAG_SNAPSHOTS)
			.stream()
			.filter(r -> customer.equals(r.key()))
			.map(r -> this.json.readTree(r.value()).get("payload"))
			.toList();
	}

	private Map<String, Object> tags(String customer) {
		Map<String, Object> tags = new LinkedHashMap<>();
		this.jdbc.query("select tag_code, value_num, value_text from tag_value where customer_id = ?", rs -> {
			tags.put(rs.getString(1), rs.getObject(2) != null ? rs.getDouble(2) : rs.getString(3));
		}, customer);
		return tags;
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	private void send(String topic, com.gridloop.common.event.EventType type, String key, Object payload) {
		this.kafka.send(topic, key, this.codec.encode(this.codec.wrap(type, key, payload)));
	}

}
