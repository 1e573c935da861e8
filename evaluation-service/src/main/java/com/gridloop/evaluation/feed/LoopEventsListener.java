package com.gridloop.evaluation.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps evaluation's own record of who was assigned to which arm, who was contacted and
 * what they did, and marks the campaigns concerned for a new result.
 */
@Component
record LoopEventsListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {

	record CampaignLaunched(UUID campaignId, String name, String offerCode, double controlShare, Instant launchedAt,
			java.time.LocalDate startsOn) {
	}

	record TargetAssigned(UUID campaignId, String customerId, String arm, String offerCode, String channel,
			String segment) {
	}

	record MessageDispatched(UUID campaignId, String customerId, String channel, Instant sentAt) {
	}

	record OutcomeRecorded(UUID campaignId, String customerId, String outcome, Instant occurredAt) {
	}

	@KafkaListener(topics = Topics.CAMPAIGNS, id = "evaluation-campaigns")
	@KafkaListener(topics = Topics.TARGETS, id = "evaluation-targets")
	@KafkaListener(topics = Topics.REACH_EVENTS, id = "evaluation-reach")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.routeTopics(records,
				topics -> topics
					.on(Topics.CAMPAIGNS, "evaluation.campaigns",
							routes -> routes.onPayloads(Events.CAMPAIGN_LAUNCHED, CampaignLaunched.class,
									this::launched))
					.on(Topics.TARGETS, "evaluation.targets",
							routes -> routes.onPayloads(Events.TARGET_ASSIGNED, TargetAssigned.class, this::assigned))
					.on(Topics.REACH_EVENTS, "evaluation.reach",
							routes -> routes
								.onPayloads(Events.MESSAGE_DISPATCHED, MessageDispatched.class, this::dispatched)
								.onPayloads(Events.OUTCOME_RECORDED, OutcomeRecorded.class, this::outcomes)));
	}

	private void launched(List<CampaignLaunched> launched) {
		Set<UUID> campaigns = new LinkedHashSet<>();
		for (CampaignLaunched c : launched) {
			this.jdbc.update("""
					insert into campaign (campaign_id, name, offer_code, control_share, launched_at, starts_on)
					values (?, ?, ?, ?, ?, ?) on conflict (campaign_id) do update set name = excluded.name,
					  offer_code = excluded.offer_code, control_share = excluded.control_share,
					  launched_at = excluded.launched_at, starts_on = excluded.starts_on""", c.campaignId(), c.name(),
					c.offerCode(), c.controlShare(), java.sql.Timestamp.from(c.launchedAt()),
					c.startsOn() == null ? null : java.sql.Date.valueOf(c.startsOn()));
			campaigns.add(c.campaignId());
		}
		markStale(campaigns);
	}

	private void assigned(List<TargetAssigned> assigned) {
		insertAll("""
				insert into assignment (campaign_id, customer_id, arm, offer_code, channel, segment)
				values (?, ?, ?, ?, ?, ?)
				on conflict do nothing""", assigned, TargetAssigned::campaignId,
				t -> new Object[] { t.campaignId(), t.customerId(), t.arm(), t.offerCode(), t.channel(), t.segment() });
	}

	private void dispatched(List<MessageDispatched> dispatched) {
		insertAll("""
				insert into exposure (campaign_id, customer_id, channel, sent_at) values (?, ?, ?, ?)
				on conflict do nothing""", dispatched, MessageDispatched::campaignId,
				m -> new Object[] { m.campaignId(), m.customerId(), m.channel(), java.sql.Timestamp.from(m.sentAt()) });
	}

	private void outcomes(List<OutcomeRecorded> outcomes) {
		insertAll("""
				insert into outcome (campaign_id, customer_id, outcome, occurred_at) values (?, ?, ?, ?)
				on conflict do nothing""", outcomes, OutcomeRecorded::campaignId, o -> new Object[] { o.campaignId(),
				o.customerId(), o.outcome(), java.sql.Timestamp.from(o.occurredAt()) });
	}

	/** Inserts one row an event, then marks the events' campaigns for a new result. */
	private <E> void insertAll(String sql, List<E> events, Function<E, UUID> campaign, Function<E, Object[]> row) {
		List<Object[]> rows = new ArrayList<>(events.size());
		Set<UUID> campaigns = new LinkedHashSet<>();
		for (E e : events) {
			rows.add(row.apply(e));
			campaigns.add(campaign.apply(e));
		}
		this.jdbc.batchUpdate(sql, rows);
		markStale(campaigns);
	}

	private void markStale(Set<UUID> campaigns) {
		if (campaigns.isEmpty()) {
			return;
		}
		UUID[] ids = campaigns.toArray(UUID[]::new);
		this.jdbc.update(con -> {
			var ps = con.prepareStatement(
					"insert into stale_campaign (campaign_id) select unnest(?::uuid[]) on conflict do nothing");
			ps.setArray(1, con.createArrayOf("uuid", ids));
			return ps;
		});
	}

}
