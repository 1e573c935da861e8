package com.gridloop.reach.targets;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each customer's {@code active_hour} tag from profile's snapshots: the hour the
 * contact policy sends at. Reach keeps no other tag; a snapshot without the tag clears
 * it, and an older snapshot arriving late never replaces a newer one.
 */
@Component
record ActiveHourListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {

	/** The fields of profile's TagSnapshotPublished that reach uses. */
	record TagSnapshot(String customerId, Instant computedAt, Map<String, Object> tags) {
	}

	@KafkaListener(topics = Topics.TAG_SNAPSHOTS, id = "reach-active-hours")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.route("reach.active-hours", records,
				routes -> routes.onPayloads(Events.TAG_SNAPSHOT_PUBLISHED, TagSnapshot.class, this::apply));
	}

	private void apply(List<TagSnapshot> snapshots) {
		List<Object[]> rows = new ArrayList<>();
		for (TagSnapshot s : snapshots) {
			rows.add(new Object[] { s.customerId(), hour(s.tags()), Timestamp.from(s.computedAt()) });
		}
		this.jdbc.batchUpdate("""
				insert into customer_active_hour (customer_id, active_hour, computed_at) values (?, ?, ?)
				on conflict (customer_id) do update set active_hour = excluded.active_hour,
				  computed_at = excluded.computed_at
				where customer_active_hour.computed_at <= excluded.computed_at""", rows);
	}

	/** The tag as a whole hour 0-23, or null when absent or out of range. */
	static Integer hour(Map<String, Object> tags) {
		Object value = tags == null ? null : tags.get("active_hour");
		if (!(value instanceof Number n)) {
			return null;
		}
		int hour = (int) Math.round(n.doubleValue()) % 24;
		return hour < 0 ? null : hour;
	}

}
