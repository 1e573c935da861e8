package com.gridloop.reach.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives targets. A treatment target gets a queued dispatch; a control target is stored
 * and never queued, so no code path can contact it.
 */
@Component
record TargetListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {

	/**
	 * The fields of strategy's TargetAssigned that reach uses; those after priority may
	 * be missing. benefitText (English) is kept for the record but never sent: messages
	 * come from the Chinese templates.
	 *
	 * @param manager the customer's account manager (staff no.), when strategy knows it
	 * @param activeHour the customer's active hour (0-23), the send time within the week
	 * @param maskedName the customer's name, masked again by the templates
	 * @param transactional an outage notice or bill, exempt from the frequency caps
	 * @param fallbackHours the campaign's fallback window when strategy sets one (null:
	 * reach's default)
	 */
	record TargetAssigned(UUID campaignId, String customerId, String arm, String offerCode, String channel,
			String reason, String benefitText, int priority, Double benefitQuantity, String benefitUnit, String manager,
			LocalDate scheduledWeek, Integer activeHour, String maskedName, Boolean transactional,
			Integer fallbackHours) {
	}

	@KafkaListener(topics = Topics.TARGETS, id = "reach-targets")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.route("reach.targets", records,
				routes -> routes.onPayloads(Events.TARGET_ASSIGNED, TargetAssigned.class, this::apply));
	}

	private void apply(List<TargetAssigned> assigned) {
		List<Object[]> targets = new ArrayList<>();
		List<Object[]> queued = new ArrayList<>();
		for (TargetAssigned t : assigned) {
			targets.add(new Object[] { t.campaignId(), t.customerId(), t.arm(), t.offerCode(), t.channel(), t.reason(),
					t.benefitText(), t.priority(), t.benefitQuantity(), t.benefitUnit(), t.manager(), t.scheduledWeek(),
					t.activeHour(), t.maskedName(), t.fallbackHours() });
			if ("TREATMENT".equals(t.arm())) {
				queued.add(new Object[] { UUID.randomUUID(), t.campaignId(), t.customerId(), t.channel(),
						Boolean.TRUE.equals(t.transactional()) });
			}
		}
		this.jdbc.batchUpdate("""
				insert into target (campaign_id, customer_id, arm, offer_code, channel, reason, benefit_text, priority,
				                    benefit_quantity, benefit_unit, manager, scheduled_week, active_hour, masked_name,
				                    fallback_hours)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", targets);
		// Bulk write by JDBC batch, not through the Dispatch entity: a target list queues
		// thousands at once. The row
		// is what Dispatch.queue makes; the dispatch's lifecycle from here on goes
		// through the entity.
		this.jdbc.batchUpdate("""
				insert into dispatch (id, campaign_id, customer_id, channel, transactional, status)
				values (?, ?, ?, ?, ?, 'QUEUED')
				on conflict (campaign_id, customer_id) do nothing""", queued);
	}

}
