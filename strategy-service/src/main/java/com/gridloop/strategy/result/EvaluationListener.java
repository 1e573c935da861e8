package com.gridloop.strategy.result;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.EventRoutes.Received;
import com.gridloop.common.inbox.IdempotentConsumer;
import com.gridloop.strategy.learning.Evidence;
import com.gridloop.strategy.learning.Learning;
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
record EvaluationListener(IdempotentConsumer consumer, JdbcTemplate jdbc, Learning learning) {

	@KafkaListener(topics = Topics.EVALUATIONS, id = "strategy-results")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.route("strategy.results", records,
				routes -> routes.on(Events.CAMPAIGN_EVALUATED, JsonNode.class, this::apply));
	}

	/**
	 * The result is kept whole, as JSON, for the next decision to read, and its counts
	 * per offer, segment and channel become the campaign's evidence for learning.
	 */
	private void apply(List<Received<JsonNode>> events) {
		List<Object[]> rows = new ArrayList<>();
		for (Received<JsonNode> e : events) {
			Instant at = e.envelope().occurredAt() == null ? Instant.now() : e.envelope().occurredAt();
			rows.add(new Object[] { e.key(), e.payload().toString(), java.sql.Timestamp.from(at) });
			List<Evidence> cells = new ArrayList<>();
			for (JsonNode c : e.payload().path("cells")) {
				cells.add(new Evidence(c.get("offerCode").asString(), c.get("segment").asString(),
						c.get("channel").asString(), c.get("treatment").asLong(),
						c.get("treatmentConversions").asLong()));
			}
			if (!cells.isEmpty()) {
				this.learning.record(UUID.fromString(e.key()), cells, at);
			}
		}
		this.jdbc.batchUpdate("""
				insert into campaign_result (campaign_id, result, evaluated_at) values (?::uuid, ?::jsonb, ?)
				on conflict (campaign_id) do update set result = excluded.result, evaluated_at = excluded.evaluated_at
				where campaign_result.evaluated_at <= excluded.evaluated_at""", rows);
	}

}
