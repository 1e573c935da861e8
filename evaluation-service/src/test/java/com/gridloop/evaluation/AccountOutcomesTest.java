package com.gridloop.evaluation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventType;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.evaluation.stats.ProportionComparison;
import com.gridloop.evaluation.stats.WelchInterval;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tickets, bills and account closures of campaign customers in; retention at 90 days,
 * complaints per 1,000 and revenue per customer out.
 */
@EvaluationIntegrationTest
class AccountOutcomesTest {

	@LocalServerPort
	int port;

	@Autowired
	EventCodec codec;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private final TestKafka kafka = TestKafka.shared();

	/**
	 * 100 customers per arm, launch on 2026-06-01. Closed within 90 days: 4 treatment, 10
	 * control (and one more control customer closed on 2026-09-15, after the window).
	 * Complaints in the window: 5 treatment, 15 control (plus one before launch and one
	 * enquiry that do not count). Bills: May (before launch, not counted), June and July;
	 * customer i pays 100 + i a month, treatment 20 more.
	 */
	@Test
	void retentionComplaintsAndRevenueAreComparedBetweenArms() {
		String campaign = UUID.randomUUID().toString();
		String prefix = "acct-" + campaign.substring(0, 8) + "-";
		this.kafka.send(Topics.CAMPAIGNS, campaign,
				envelope(Events.CAMPAIGN_LAUNCHED, campaign, Map.of("campaignId", campaign, "name", "retain",
						"offerCode", "RETENTION", "controlShare", 0.5, "launchedAt", "2026-06-01T02:00:00Z")));
		Map<String, String> targets = new LinkedHashMap<>();
		for (int i = 0; i < 200; i++) {
			String customer = prefix + i;
			targets.put(customer, envelope(Events.TARGET_ASSIGNED, customer, Map.of("campaignId", campaign,
					"customerId", customer, "arm", i < 100 ? "TREATMENT" : "CONTROL", "channel", "SMS")));
		}
		this.kafka.sendAll(Topics.TARGETS, targets);
		TestKafka.await(Duration.ofSeconds(30), "assignments",
				() -> count("select count(*) from assignment where campaign_id = ?::uuid", campaign) == 200);

		Map<String, String> tickets = new LinkedHashMap<>();
		Map<String, String> bills = new LinkedHashMap<>();
		Map<String, String> customers = new LinkedHashMap<>();
		for (int i = 0; i < 200; i++) {
			String customer = prefix + i;
			boolean treated = i < 100;
			int k = treated ? i : i - 100;
			if (k < (treated ? 5 : 15)) {
				tickets.put("t-" + customer,
						ticket("t-" + customer, customer, "COMPLAINT", "2026-07-10T10:00:00+08:00"));
			}
			if (k < (treated ? 4 : 10)) {
				customers.put(customer, closed(customer, "2026-08-01"));
			}
			for (String month : new String[] { "2026-05", "2026-06", "2026-07" }) {
				bills.put(customer + month, envelope(Events.BILL_RECORDED, customer,
						Map.of("customerId", customer, "month", month, "amount", 100 + k + (treated ? 20 : 0))));
			}
		}
		tickets.put("t-early", ticket("t-early", prefix + 150, "COMPLAINT", "2026-05-20T10:00:00+08:00"));
		tickets.put("t-enquiry", ticket("t-enquiry", prefix + 160, "ENQUIRY", "2026-07-20T10:00:00+08:00"));
		customers.put(prefix + 199, closed(prefix + 199, "2026-09-15"));
		this.kafka.sendAll(Topics.TICKETS, tickets);
		this.kafka.sendAll(Topics.BILLS, bills);
		this.kafka.sendAll(Topics.CUSTOMERS, customers);
		TestKafka.await(Duration.ofSeconds(60), "account facts",
				() -> count("select count(*) from customer_bill where customer_id like ?", prefix + "%") == 600
						&& count("select count(*) from customer_ticket where customer_id like ?", prefix + "%") == 22
						&& count("select count(*) from customer_status where customer_id like ?", prefix + "%") == 15);
		TestHttp http = new TestHttp(this.port);
		TestKafka.await(Duration.ofSeconds(30), "the outcomes in the result", () -> {
			JsonNode o = this.json
				.readTree(http.get("/api/v1/campaigns/" + campaign + "/results", "analyst", "analyst-pw").body())
				.get("accountOutcomes");
			return o != null && !o.isNull() && o.get("revenuePerCustomer").get("treatmentMean").asDouble() > 0
					&& Math.abs(o.get("complaintsPer1000").get("controlMean").asDouble() - 150) < 1e-9
					&& o.get("retention").get("controlYes").asLong() == 90;
		});
		JsonNode o = this.json
			.readTree(http.get("/api/v1/campaigns/" + campaign + "/results", "analyst", "analyst-pw").body())
			.get("accountOutcomes");
		ProportionComparison retention = ProportionComparison.of(100, 96, 100, 90, 0.95);
		assertThat(o.get("windowDays").asInt()).isEqualTo(90);
		assertThat(o.get("retention").get("difference").asDouble()).isCloseTo(0.06, within(1e-12));
		assertThat(o.get("retention").get("ciLow").asDouble()).isCloseTo(retention.ciLow(), within(1e-12));
		assertThat(o.get("complaintsPer1000").get("treatmentMean").asDouble()).isCloseTo(50, within(1e-9));
		assertThat(o.get("complaintsPer1000").get("difference").asDouble()).isCloseTo(-100, within(1e-9));
		// June and July: treatment 2 (120 + k), control 2 (100 + k): a difference of 40.
		double[] t = new double[100];
		double[] c = new double[100];
		for (int k = 0; k < 100; k++) {
			t[k] = 2 * (120.0 + k);
			c[k] = 2 * (100.0 + k);
		}
		WelchInterval revenue = WelchInterval.of(t, c, 0.95);
		assertThat(o.get("revenuePerCustomer").get("difference").asDouble()).isCloseTo(40, within(1e-9));
		assertThat(o.get("revenuePerCustomer").get("ciLow").asDouble()).isCloseTo(revenue.ciLow(), within(1e-9));
	}

	private String ticket(String id, String customer, String category, String at) {
		return envelope(Events.TICKET_RECORDED, customer,
				Map.of("ticketId", id, "customerId", customer, "category", category, "acceptTime", at));
	}

	private String closed(String customer, String day) {
		return envelope(Events.CUSTOMER_UPDATED, customer,
				Map.of("customerId", customer, "status", "CLOSED", "closedDate", day));
	}

	private String envelope(EventType type, String key, Map<String, Object> payload) {
		return this.codec.encode(this.codec.wrap(type, key, payload));
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

}
