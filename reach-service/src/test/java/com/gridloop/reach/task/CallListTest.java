package com.gridloop.reach.task;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.reach.ReachIntegrationTest;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Call lists over HTTP on tasks the fallback made: a manager sees and acts on their own
 * customers only (403 otherwise), a team lead sees the team, the CSV opens in Excel with
 * Chinese intact and no formula, outcomes are published like every outcome.
 */
@ReachIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallListTest {

	@LocalServerPort
	int port;

	@Autowired
	FallbackPlanner planner;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService users;

	@Autowired
	ObjectProvider<UserDetailsPasswordService> passwordUpgrades;

	private final UUID campaign = UUID.randomUUID();

	private TestHttp http;

	@BeforeAll
	void tasks() {
		this.http = new TestHttp(this.port);
		TaskMother m = new TaskMother(this.jdbc);
		m.manager("M001", "城东一班", 10);
		m.manager("M002", "城东一班", 10);
		m.manager("L001", "城东一班", 0);
		m.manager("M003", "城西二班", 10);
		Instant now = Instant.now();
		m.contact("cl-1", "=HYPERLINK(\"http://x\")", "GENERAL_CI", "M001", null, 9);
		m.sent(this.campaign, "cl-1", 2, "SENT", now, 50);
		m.contact("cl-2", "武汉光谷科技有限公司", "GENERAL_CI", "M001", null, 15);
		m.sent(this.campaign, "cl-2", 1, "DELIVERED", now, 50);
		m.contact("cl-3", "汉口商贸", "GENERAL_CI", "M002", null, null);
		m.sent(this.campaign, "cl-3", 3, "SENT", now, 50);
		m.contact("cl-4", "汉阳工厂", "GENERAL_CI", "M003", null, null);
		m.sent(this.campaign, "cl-4", 4, "SENT", now, 50);
		this.planner.plan(now);
	}

	@Test
	void aManagerSeesTheirOwnCustomersByPriorityAndALeadSeesTheTeam() {
		JsonNode mine = list("M001", "m1-pw");
		assertThat(customers(mine)).containsExactly("cl-2", "cl-1");
		JsonNode first = mine.get(0);
		assertThat(first.get("contactName").asString()).isEqualTo("武汉光谷科技有限公司");
		assertThat(first.get("phone").asString()).isEqualTo("13800000000");
		assertThat(first.get("benefitText").asString()).isEqualTo("年省约300元");
		assertThat(first.get("reason").asString()).isEqualTo("峰谷电价可省钱");
		assertThat(first.get("bestHour").asInt()).isEqualTo(15);
		assertThat(first.get("lastContacts").asString()).startsWith("SMS DELIVERED at ");
		assertThat(first.get("dueOn").asString()).isNotBlank();

		assertThat(customers(list("M003", "m3-pw"))).containsExactly("cl-4");
		assertThat(customers(list("L001", "l1-pw"))).containsExactly("cl-2", "cl-1", "cl-3");
		assertThat(this.http.get("/api/v1/call-lists/me", "analyst", "analyst-pw").statusCode()).isEqualTo(403);
	}

	@Test
	void anotherManagersCustomerOrTaskIsForbidden() {
		assertThat(this.http.get("/api/v1/call-lists/customers/cl-3", "M001", "m1-pw").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/call-lists/customers/cl-1", "M001", "m1-pw").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/call-lists/customers/cl-3", "L001", "l1-pw").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/call-lists/customers/cl-4", "L001", "l1-pw").statusCode()).isEqualTo(403);

		UUID othersTask = taskOf("cl-3");
		HttpResponse<String> acting = this.http.postJson("/api/v1/tasks/" + othersTask + "/outcomes", "M001", "m1-pw",
				"{\"outcome\":\"CONVERTED\"}");
		assertThat(acting.statusCode()).isEqualTo(403);
		assertThat(this.http
			.postJson("/api/v1/tasks/" + othersTask + "/outcomes", "L001", "l1-pw", "{\"outcome\":\"CONVERTED\"}")
			.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select status from task where id = ?", String.class, othersTask))
			.isEqualTo("OPEN");
		String direct = "{\"campaignId\":\"" + this.campaign + "\",\"customerId\":\"%s\",\"outcome\":\"INTERESTED\","
				+ "\"source\":\"MANAGER\"}";
		assertThat(this.http.postJson("/api/v1/outcomes", "M001", "m1-pw", direct.formatted("cl-3")).statusCode())
			.isEqualTo(403);
		assertThat(this.http
			.postJson("/api/v1/outcomes/batch", "M001", "m1-pw",
					"[" + direct.formatted("cl-2") + "," + direct.formatted("cl-3") + "]")
			.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from outcome where customer_id = 'cl-3'", Integer.class))
			.isZero();
		assertThat(this.http.postJson("/api/v1/outcomes", "M001", "m1-pw", direct.formatted("cl-2")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void theCsvHasAByteOrderMarkAndNeutralisesFormulas() {
		HttpResponse<String> csv = this.http.get("/api/v1/call-lists/me.csv", "M001", "m1-pw");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFcustomer_id,name,phone,");
		assertThat(csv.body()).contains("武汉光谷科技有限公司").contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK");
		assertThat(csv.body().lines()).hasSize(3);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void outcomesOnOnesOwnTasksAreRecordedAndPublished() {
		UUID task = taskOf("cl-1");
		String path = "/api/v1/tasks/" + task + "/outcomes";
		assertThat(this.http.postJson(path, "M001", "m1-pw", "{\"outcome\":\"CALL_BACK\"}").statusCode())
			.isEqualTo(422);
		assertThat(this.http.postJson(path, "M001", "m1-pw", "{\"outcome\":\"MAYBE\"}").statusCode()).isEqualTo(400);
		HttpResponse<String> callBack = this.http.postJson(path, "M001", "m1-pw",
				"{\"outcome\":\"CALL_BACK\",\"note\":\"下午再打\",\"callBackAt\":\"2030-01-02T06:00:00Z\"}");
		assertThat(callBack.statusCode()).as(callBack.body()).isEqualTo(200);
		JsonNode stillThere = list("M001", "m1-pw");
		assertThat(customers(stillThere)).contains("cl-1");
		assertThat(stillThere.toString()).contains("2030-01-02").contains("last outcome CALL_BACK (下午再打)");

		HttpResponse<String> converted = this.http.postJson(path, "M001", "m1-pw", "{\"outcome\":\"CONVERTED\"}");
		assertThat(this.json.readTree(converted.body()).get("recorded").asInt()).isEqualTo(1);
		assertThat(customers(list("M001", "m1-pw"))).doesNotContain("cl-1");
		assertThat(this.jdbc.queryForList(
				"select outcome || ' ' || source || ' ' || recorded_by from outcome where customer_id = 'cl-1' order by 1",
				String.class))
			.containsExactly("CALL_BACK MANAGER M001", "CONVERTED MANAGER M001");
		assertThat(this.http.postJson(path, "M001", "m1-pw", "{\"outcome\":\"REFUSED\"}").statusCode()).isEqualTo(409);
		TestKafka.await(Duration.ofSeconds(30), "OutcomeRecorded events",
				() -> TestKafka.shared()
					.readAll(Topics.REACH_EVENTS)
					.stream()
					.map(r -> this.json.readTree(r.value()))
					.filter(e -> e.get("type").asString().equals(Events.OUTCOME_RECORDED.name())
							&& e.get("payload").get("customerId").asString().equals("cl-1"))
					.count() == 2);
	}

	@Test
	void aCustomersContactHistoryIsReadByTheirManagerAndTheCentreNotByAnotherManager() {
		String outcome = "{\"campaignId\":\"" + this.campaign
				+ "\",\"customerId\":\"cl-4\",\"outcome\":\"INTERESTED\",\"source\":\"MANAGER\"}";
		assertThat(this.http.postJson("/api/v1/outcomes", "M003", "m3-pw", outcome).statusCode()).isEqualTo(200);
		HttpResponse<String> r = this.http.get("/api/v1/customers/cl-4/contacts", "M003", "m3-pw");
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		JsonNode events = this.json.readTree(r.body());
		assertThat(events.valueStream()
			.map(e -> e.get("kind").asString() + " " + e.get("channel").asString() + " " + e.get("status").asString()))
			.contains("TARGETED SMS TREATMENT", "DISPATCH SMS SENT", "OUTCOME MANAGER INTERESTED")
			.anyMatch(e -> e.startsWith("TASK "));
		assertThat(events.valueStream().map(e -> e.get("campaignId").asString()))
			.containsOnly(this.campaign.toString());
		// Newest first: the outcome just recorded leads.
		assertThat(events.get(0).get("kind").asString()).isEqualTo("OUTCOME");
		assertThat(events.get(0).get("detail").asString()).isEqualTo("M003");
		assertThat(this.http.get("/api/v1/customers/cl-4/contacts", "analyst", "analyst-pw").body())
			.isEqualTo(r.body());
		assertThat(this.http.get("/api/v1/customers/cl-4/contacts", "M001", "m1-pw").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/customers/cl-4/contacts", "L001", "l1-pw").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/customers/nobody/contacts", "analyst", "analyst-pw").body()).isEqualTo("[]");
	}

	private JsonNode list(String user, String password) {
		HttpResponse<String> r = this.http.get("/api/v1/call-lists/me", user, password);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	private static List<String> customers(JsonNode rows) {
		List<String> ids = new ArrayList<>();
		rows.forEach(r -> ids.add(r.get("customerId").asString()));
		return ids;
	}

	private UUID taskOf(String customer) {
		return this.jdbc.queryForObject("select id from task where customer_id = ? and campaign_id = ?", UUID.class,
				customer, this.campaign);
	}

	/**
	 * A call list is read many times a minute over HTTP Basic: a plain demo password
	 * stays plain after logins, not re-encoded with bcrypt (which would cost each request
	 * a bcrypt check).
	 */
	@Test
	void aPlainPasswordIsNotReEncodedAtLogin() {
		assertThat(this.http.get("/api/v1/call-lists/me", "M003", "m3-pw").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/call-lists/me", "M003", "m3-pw").statusCode()).isEqualTo(200);
		assertThat(this.passwordUpgrades.getIfAvailable()).isNull();
		assertThat(this.users.loadUserByUsername("M003").getPassword()).isEqualTo("{noop}m3-pw");
	}

}
