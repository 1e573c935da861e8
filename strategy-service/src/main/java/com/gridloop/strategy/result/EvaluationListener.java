package com.gridloop.strategy.result;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.gridloop.common.event.EventEnvelope;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Results flow back: each campaign's latest evaluation is kept beside the campaign, for the next decision. */
@Component
class EvaluationListener {

	private final IdempotentConsumer consumer;

	private final JdbcTemplate jdbc;

	EvaluationListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {
		this.consumer = consumer;
		this.jdbc = jdbc;
	}

	@KafkaListener(topics = Topics.EVALUATIONS, id = "strategy-results")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.consume("strategy.results", records, this::apply);
	}

	private void apply(List<EventEnvelope> events) {
		List<Object[]> rows = new ArrayList<>();
		for (EventEnvelope e : events) {
			if (e.is(Events.CAMPAIGN_EVALUATED)) {
				rows.add(new Object[] { e.key(), e.payload().toString(), java.sql.Timestamp.from(
						e.occurredAt() == null ? Instant.now() : e.occurredAt()) });
			}
		}
		this.jdbc.batchUpdate("""
				insert into campaign_result (campaign_id, result, evaluated_at) values (?::uuid, ?::jsonb, ?)
				on conflict (campaign_id) do update set result = excluded.result, evaluated_at = excluded.evaluated_at
				where campaign_result.evaluated_at <= excluded.evaluated_at""", rows);
	}

}
