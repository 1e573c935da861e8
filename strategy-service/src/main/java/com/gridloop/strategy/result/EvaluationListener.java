package com.gridloop.strategy.result;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.EventRoutes;
import com.gridloop.common.inbox.EventRoutes.Received;
import com.gridloop.common.inbox.IdempotentConsumer;
import tools.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Results flow back: each campaign's latest evaluation is kept beside the campaign, for
 * the next decision.
 */
@Component
class EvaluationListener {

	private final IdempotentConsumer consumer;

	private final JdbcTemplate jdbc;

	private final EventRoutes routes;

	EvaluationListener(IdempotentConsumer consumer, EventCodec codec, JdbcTemplate jdbc) {
		this.consumer = consumer;
		this.jdbc = jdbc;
		this.routes = new EventRoutes(codec).on(Events.CAMPAIGN_EVALUATED, JsonNode.class, this::apply);
	}

	@KafkaListener(topics = Topics.EVALUATIONS, id = "strategy-results")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.consume("strategy.results", records, this.routes);
	}

	/** The result is kept whole, as JSON, for the next decision to read. */
	private void apply(List<Received<JsonNode>> events) {
		List<Object[]> rows = new ArrayList<>();
		for (Received<JsonNode> e : events) {
			Instant at = e.envelope().occurredAt();
			rows.add(new Object[] { e.key(), e.payload().toString(),
					java.sql.Timestamp.from(at == null ? Instant.now() : at) });
		}
		this.jdbc.batchUpdate("""
				insert into campaign_result (campaign_id, result, evaluated_at) values (?::uuid, ?::jsonb, ?)
				on conflict (campaign_id) do update set result = excluded.result, evaluated_at = excluded.evaluated_at
				where campaign_result.evaluated_at <= excluded.evaluated_at""", rows);
	}

}
