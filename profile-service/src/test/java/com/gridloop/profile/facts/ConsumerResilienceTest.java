package com.gridloop.profile.facts;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventEnvelope;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import com.gridloop.profile.ProfileIntegrationTest;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestInfrastructure;
import com.gridloop.testsupport.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumers tell a database outage from a bad event: while profile's database role cannot
 * log in (its connections cut, as in a PostgreSQL restart), arriving events are retried
 * with backoff and none is dead-lettered; once it is back, every event is handled. An
 * event that fails for its own content is dead-lettered, and an administrator's replay
 * after the fix delivers it; replaying an event handled before changes nothing.
 */
@ProfileIntegrationTest
class ConsumerResilienceTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	KafkaTemplate<String, String> template;

	@LocalServerPort
	int port;

	private final TestKafka kafka = TestKafka.shared();

	@Test
	void aDatabaseOutageIsWaitedOutAndNothingIsDeadLettered() throws Exception {
		List<String> ids = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "rsl-out-" + i).toList();
		double retriedBefore = retried();
		try (Connection admin = admin()) {
			execute(admin, "alter role profile nologin");
			execute(admin, "select pg_terminate_backend(pid) from pg_stat_activity where usename = 'profile'");
			try {
				sendLinked(ids);
				TestKafka.await(Duration.ofSeconds(90), "the consumer to fail on the database and retry",
						() -> retried() > retriedBefore);
				Thread.sleep(3000);
				assertThat(count(admin, "select count(*) from profile.customer where customer_id like 'rsl-out-%'"))
					.isZero();
			}
			finally {
				execute(admin, "alter role profile login");
			}
		}
		TestKafka.await(Duration.ofSeconds(120), "every customer handled after the outage", () -> this.jdbc
			.queryForObject("select count(*) from customer where customer_id like 'rsl-out-%'", Long.class) == 20);
		assertThat(this.kafka.readAll(Topics.deadLetter(Topics.CUSTOMERS)))
			.noneMatch(r -> r.key() != null && r.key().startsWith("rsl-out-"));
	}

	@Test
	void aBadEventIsDeadLetteredAndReplayedAfterTheFix() throws Exception {
		TestHttp http = new TestHttp(this.port);
		Map<String, String> sent = new LinkedHashMap<>();
		try (Connection admin = admin()) {
			// The "bug": profile refuses this customer for its content.
			execute(admin,
					"alter table profile.customer add constraint rsl_refused check (customer_id <> 'rsl-dead-1') not valid");
			try {
				sent.putAll(sendLinked(List.of("rsl-dead-1", "rsl-dead-2")));
				TestKafka.await(Duration.ofSeconds(60), "the refused event on the dead-letter topic",
						() -> this.kafka.readAll(Topics.deadLetter(Topics.CUSTOMERS))
							.stream()
							.anyMatch(r -> "rsl-dead-1".equals(r.key())));
			}
			finally {
				execute(admin, "alter table profile.customer drop constraint rsl_refused");
			}
		}
		assertThat(exists("rsl-dead-1")).isFalse();
		assertThat(exists("rsl-dead-2")).isTrue();

		String path = "/api/v1/admin/dead-letters/" + Topics.CUSTOMERS + "/replay";
		assertThat(http.postJson(path, "analyst", "analyst-pw", "").statusCode()).isEqualTo(403);
		assertThat(http.postJson(path, null, null, "").statusCode()).isEqualTo(401);
		assertThat(
				http.postJson("/api/v1/admin/dead-letters/no.such.topic/replay", "admin", "admin-pw", "").statusCode())
			.isEqualTo(404);

		HttpResponse<String> replay = http.postJson(path, "admin", "admin-pw", "");
		assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
		assertThat(JSON.readTree(replay.body()).get("replayed").asInt()).isGreaterThanOrEqualTo(1);
		TestKafka.await(Duration.ofSeconds(60), "the replayed customer handled", () -> exists("rsl-dead-1"));

		// Replaying an event that was handled already changes nothing: the inbox skips
		// it.
		double duplicates = consumed("duplicate");
		ProducerRecord<String, String> handled = new ProducerRecord<>(Topics.deadLetter(Topics.CUSTOMERS), "rsl-dead-2",
				sent.get("rsl-dead-2"));
		handled.headers().add(IdempotentConsumer.CONSUMER_HEADER, "profile.customers".getBytes(StandardCharsets.UTF_8));
		this.template.send(handled).get(30, TimeUnit.SECONDS);
		JsonNode second = JSON.readTree(http.postJson(path, "admin", "admin-pw", "").body());
		assertThat(second.get("replayed").asInt()).isGreaterThanOrEqualTo(1);
		TestKafka.await(Duration.ofSeconds(60), "the handled event skipped as a duplicate",
				() -> consumed("duplicate") > duplicates);
		assertThat(this.kafka.readAll(Topics.deadLetter(Topics.CUSTOMERS)))
			.filteredOn(r -> "rsl-dead-1".equals(r.key()))
			.hasSize(1);
	}

	@Test
	void deadLettersAreKeptThirtyDays() throws Exception {
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestInfrastructure.shared().kafkaBootstrap()))) {
			ConfigResource dlt = new ConfigResource(ConfigResource.Type.TOPIC, Topics.deadLetter(Topics.CUSTOMERS));
			Config config = admin.describeConfigs(List.of(dlt)).all().get().get(dlt);
			assertThat(config.get("retention.ms").value()).isEqualTo(String.valueOf(Duration.ofDays(30).toMillis()));
		}
	}

	/** Sends CustomerLinked for each id; returns each id's envelope as sent. */
	private Map<String, String> sendLinked(List<String> ids) {
		Map<String, String> events = new LinkedHashMap<>();
		for (String id : ids) {
			Map<String, Object> linked = new LinkedHashMap<>();
			linked.put("customerId", id);
			linked.put("category", "RESIDENTIAL");
			linked.put("regionCode", "420102");
			linked.put("tariffCode", "HB-RES");
			EventEnvelope e = this.codec.wrap(Events.CUSTOMER_LINKED, id, linked);
			events.put(id, this.codec.encode(e));
		}
		this.kafka.sendAll(Topics.CUSTOMERS, events);
		return events;
	}

	private double retried() {
		return consumed("retried");
	}

	private double consumed(String outcome) {
		var counter = this.meters.find("gridloop.events.consumed")
			.tags("consumer", "profile.customers", "outcome", outcome)
			.counter();
		return counter == null ? 0 : counter.count();
	}

	private boolean exists(String customer) {
		return this.jdbc.queryForObject("select count(*) from customer where customer_id = ?", Long.class,
				customer) == 1;
	}

	/** The database's administrator, who can lock a service's role out. */
	private static Connection admin() throws SQLException {
		Properties p = new Properties();
		p.put("user", System.getenv().getOrDefault("GRIDLOOP_TEST_DB_USER", "postgres"));
		p.put("password", System.getenv().getOrDefault("GRIDLOOP_TEST_DB_PASSWORD", ""));
		return DriverManager.getConnection(TestInfrastructure.shared().databaseUrl(), p);
	}

	private static void execute(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	private static long count(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
