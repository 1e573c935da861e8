package com.gridloop.strategy.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest tag snapshot of every customer, the ground audiences are chosen on.
 */
@Component
record TagSnapshotListener(IdempotentConsumer consumer, JdbcTemplate jdbc, JsonMapper json,
		ApplicationEventPublisher events) {

	/** The fields of profile's TagSnapshotPublished that strategy uses. */
	record TagSnapshot(String customerId, Instant computedAt, Map<String, Object> tags, String segment,
			String segmentReason) {
	}

	@KafkaListener(topics = Topics.TAG_SNAPSHOTS, id = "strategy-tags")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.route("strategy.tags", records,
				routes -> routes.onPayloads(Events.TAG_SNAPSHOT_PUBLISHED, TagSnapshot.class, this::apply));
	}

	private void apply(List<TagSnapshot> snapshots) {
		List<Object[]> rows = new ArrayList<>();
		for (TagSnapshot s : snapshots) {
			rows.add(new Object[] { s.customerId(), this.json.writeValueAsString(s.tags()), s.segment(),
					s.segmentReason(), java.sql.Timestamp.from(s.computedAt()) });
		}
		// An older snapshot arriving late never replaces a newer one.
		this.jdbc.batchUpdate("""
				insert into customer_tags (customer_id, tags, segment, segment_reason, computed_at)
				values (?, ?::jsonb, ?, ?, ?)
				on conflict (customer_id) do update set tags = excluded.tags, segment = excluded.segment,
				  segment_reason = excluded.segment_reason, computed_at = excluded.computed_at
				where customer_tags.computed_at <= excluded.computed_at""", rows);
		this.events.publishEvent(new TagSnapshotsStored(snapshots.stream()
			.map(s -> new TagSnapshotsStored.Snapshot(s.customerId(), s.computedAt(), s.tags()))
			.toList()));
	}

}
