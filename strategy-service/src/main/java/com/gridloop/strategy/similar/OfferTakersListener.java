package com.gridloop.strategy.similar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps who took which offer: a CONVERTED outcome on a treatment target, with the offer
 * the target carried.
 */
@Component
record OfferTakersListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {

	/** The fields of reach's OutcomeRecorded that strategy uses. */
	record OutcomeRecorded(String campaignId, String customerId, String outcome, Instant occurredAt) {
	}

	@KafkaListener(topics = Topics.REACH_EVENTS, id = "strategy-outcomes")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.route("strategy.outcomes", records,
				routes -> routes.onPayloads(Events.OUTCOME_RECORDED, OutcomeRecorded.class, this::apply));
	}

	private void apply(List<OutcomeRecorded> outcomes) {
		List<Object[]> rows = new ArrayList<>();
		for (OutcomeRecorded o : outcomes) {
			if ("CONVERTED".equals(o.outcome())) {
				rows.add(new Object[] { o.campaignId(), o.customerId(),
						Timestamp.from(o.occurredAt() == null ? Instant.now() : o.occurredAt()) });
			}
		}
		this.jdbc.batchUpdate("""
				insert into offer_taker (offer_code, customer_id, campaign_id, converted_at)
				select t.offer_code, t.customer_id, t.campaign_id, ? from target t
				where t.campaign_id = ?::uuid and t.customer_id = ? and t.arm = 'TREATMENT'
				on conflict (offer_code, customer_id) do update set converted_at = excluded.converted_at,
				  campaign_id = excluded.campaign_id""",
				rows.stream().map(r -> new Object[] { r[2], r[0], r[1] }).toList());
	}

}
