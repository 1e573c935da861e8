package com.gridloop.reach.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.gateway.GatewaySimulator;
import com.gridloop.reach.ReachIntegrationTest;
import com.gridloop.reach.TestGateway;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker that dies between send and record: the worker's own send step takes the
 * message to the gateway, the record step never runs; once the claim is stale a later
 * pass sends it again with the same key and the gateway counts one message.
 */
@ReachIntegrationTest
class CrashResendTest {

	@LocalServerPort
	int port;

	@Autowired
	DispatchWorker worker;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	private final TestKafka kafka = TestKafka.shared();

	private final GatewaySimulator gateway = TestGateway.gateway();

	@Test
	void aCrashBetweenSendAndRecordResendsWithTheSameKeyAndTheGatewayCountsOneMessage() {
		TestGateway.receiptsTo(this.port);
		UUID campaign = UUID.randomUUID();
		String customer = "crash-" + campaign.toString().substring(0, 8);
		UUID dispatch = UUID.randomUUID();
		this.jdbc.update("""
				insert into target (campaign_id, customer_id, arm, offer_code, channel, reason, benefit_text, priority)
				values (?, ?, 'TREATMENT', 'TOU_TARIFF', 'SMS', 'test', 'unused', 1)""", campaign, customer);
		// The claim step's result: SENDING, claimed now, first attempt.
		this.jdbc.update("""
				insert into dispatch (id, campaign_id, customer_id, channel, status, claimed_at, attempts)
				values (?, ?, ?, 'SMS', 'SENDING', now(), 1)""", dispatch, campaign, customer);
		long acceptedBefore = this.gateway.stats().accepted();

		List<DispatchWorker.Result> sent = this.worker
			.send(List.of(new DispatchClaimer.Outgoing(dispatch, campaign, customer, "SMS", "【国网湖北电力】测试", 1)));
		assertThat(sent.get(0).failure()).isNull();
		assertThat(this.gateway.accepted(dispatch.toString())).isTrue();
		// ... and the worker dies here: record() never runs.
		assertThat(
				this.jdbc.queryForObject("select sent_at is null from dispatch where id = ?", Boolean.class, dispatch))
			.isTrue();

		TestKafka.await(Duration.ofSeconds(30), "the resend after the stale claim", () -> this.jdbc
			.queryForObject("select sent_at is not null from dispatch where id = ?", Boolean.class, dispatch));
		assertThat(this.gateway.requestsWithKey(dispatch.toString())).isEqualTo(2);
		assertThat(this.gateway.stats().accepted()).isEqualTo(acceptedBefore + 1);
		assertThat(this.jdbc.queryForObject("select attempts from dispatch where id = ?", Integer.class, dispatch))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select gateway_id from dispatch where id = ?", String.class, dispatch))
			.isEqualTo(sent.get(0).gatewayId());
		TestKafka.await(Duration.ofSeconds(30), "one MessageDispatched",
				() -> this.kafka.readAll(Topics.REACH_EVENTS)
					.stream()
					.map(r -> this.json.readTree(r.value()))
					.filter(e -> e.get("type").asString().equals(Events.MESSAGE_DISPATCHED.name())
							&& e.get("payload").get("dispatchId").asString().equals(dispatch.toString()))
					.count() == 1);
	}

}
