package com.gridloop.ingestion;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.outbox.EventTooLargeException;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static com.gridloop.ingestion.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One oversized value never stops a service's event flow: a 2 MB name is quarantined as
 * {@code FIELD_TOO_LONG} while the normal customer beside it is published; an event over
 * the configured size is refused when it is written; and a row already in the outbox that
 * the real broker refuses for good is parked in {@code outbox_parked} while the rows
 * behind it reach the topic and the pending gauge falls to 0.
 */
@IngestionIntegrationTest
class OversizedValuesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Outbox outbox;

	@Autowired
	EventCodec codec;

	@Test
	void aTwoMegabyteNameIsQuarantinedAndTheNormalCustomerPublished() {
		TestHttp http = new TestHttp(this.port);
		String name = "x".repeat(2 * 1024 * 1024);
		JsonNode batch = upload(http, "customers", "customer_no,name,address,category,tariff_code\n" + "OVS-C1," + name
				+ ",武汉市江岸区,RESIDENTIAL,HB-RES\n" + "OVS-C2,王五,武汉市江岸区,RESIDENTIAL,HB-RES\n");
		assertThat(batch.get("accepted").asLong()).isEqualTo(1);
		JsonNode rows = JSON
			.readTree(http
				.get("/api/v1/batches/" + batch.get("id").asString() + "/quarantine?size=10", "loader", "loader-pw")
				.body())
			.get("rows");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("reasonCode").asString()).isEqualTo("FIELD_TOO_LONG");

		TestKafka kafka = TestKafka.shared();
		TestKafka.await(Duration.ofSeconds(60), "the normal customer on " + Topics.CUSTOMERS,
				() -> kafka.readAll(Topics.CUSTOMERS).stream().anyMatch(r -> r.value().contains("OVS-C2")));
		assertThat(kafka.readAll(Topics.CUSTOMERS)).noneMatch(r -> r.value().contains("OVS-C1"));
		awaitOutboxEmpty();
	}

	@Test
	void anEventOverTheLimitIsRefusedWhenWritten() {
		long before = count("outbox_event");
		assertThatThrownBy(() -> this.tx.executeWithoutResult(s -> this.outbox.append(Events.CUSTOMER_UPDATED, "OVS-E1",
				Map.of("customerId", "OVS-E1", "name", "y".repeat(600 * 1024)))))
			.isInstanceOf(EventTooLargeException.class)
			.hasMessageContaining("CustomerUpdated")
			.hasMessageContaining("524288");
		assertThat(count("outbox_event")).isLessThanOrEqualTo(before);
		// Just under the limit still goes through.
		this.tx.executeWithoutResult(s -> this.outbox.append(Events.CUSTOMER_UPDATED, "OVS-E2",
				Map.of("customerId", "OVS-E2", "name", "y".repeat(400 * 1024))));
		TestKafka.await(Duration.ofSeconds(60), "the 400 KB event on the topic",
				() -> TestKafka.shared().readAll(Topics.CUSTOMERS).stream().anyMatch(r -> "OVS-E2".equals(r.key())));
	}

	@Test
	void aRowTheBrokerRefusesIsParkedAndTheRestFlowsOn() {
		// Written as a release without the size limit would have written it.
		Outbox unlimited = new Outbox(this.jdbc, this.codec, Long.MAX_VALUE);
		this.tx.executeWithoutResult(s -> {
			unlimited.append(Events.CUSTOMER_UPDATED, "OVS-P1",
					Map.of("customerId", "OVS-P1", "name", "z".repeat(2 * 1024 * 1024)));
			for (int i = 2; i <= 4; i++) {
				unlimited.append(Events.CUSTOMER_UPDATED, "OVS-P" + i, Map.of("customerId", "OVS-P" + i, "name", "ok"));
			}
		});
		TestKafka kafka = TestKafka.shared();
		TestKafka.await(Duration.ofSeconds(60), "the events behind the refused one on the topic", () -> {
			List<String> keys = kafka.readAll(Topics.CUSTOMERS).stream().map(ConsumerRecord::key).toList();
			return keys.containsAll(List.of("OVS-P2", "OVS-P3", "OVS-P4"));
		});
		assertThat(kafka.readAll(Topics.CUSTOMERS)).noneMatch(r -> "OVS-P1".equals(r.key()));
		Map<String, Object> parked = this.jdbc.queryForMap(
				"select event_type, reason, length(envelope) as size from outbox_parked where event_key = 'OVS-P1'");
		assertThat(parked.get("event_type")).isEqualTo("CustomerUpdated");
		assertThat((String) parked.get("reason")).contains("RecordTooLargeException");
		assertThat(((Number) parked.get("size")).longValue()).isGreaterThan(2L * 1024 * 1024);
		awaitOutboxEmpty();
		String metrics = new TestHttp(this.port).get("/actuator/prometheus", "loader", "loader-pw").body();
		assertThat(metrics).containsPattern("gridloop_outbox_parked_total\\{[^}]*\\} [1-9]")
			.containsPattern("gridloop_outbox_parked_rows\\{[^}]*\\} [1-9]");
	}

	private void awaitOutboxEmpty() {
		TestKafka.await(Duration.ofSeconds(60), "an empty outbox and a pending gauge of 0", () -> {
			String metrics = new TestHttp(this.port).get("/actuator/prometheus", "loader", "loader-pw").body();
			return count("outbox_event") == 0 && metrics.matches("(?s).*gridloop_outbox_pending\\{[^}]*\\} 0\\.0.*");
		});
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
