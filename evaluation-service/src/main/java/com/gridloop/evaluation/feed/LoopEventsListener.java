package com.gridloop.evaluation.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.EventRoutes;
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
class LoopEventsListener {

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

	private final IdempotentConsumer consumer;

	private final JdbcTemplate jdbc;

	private final EventRoutes campaigns;

	private final EventRoutes targets;

	private final EventRoutes reach;

	LoopEventsListener(IdempotentConsumer consumer, EventCodec codec, JdbcTemplate jdbc) {
		this.consumer = consumer;
		this.jdbc = jdbc;
		this.campaigns = new EventRoutes(codec).onPayloads(Events.CAMPAIGN_LAUNCHED, CampaignLaunched.class,
				this::launched);
		this.targets = new EventRoutes(codec).onPayloads(Events.TARGET_ASSIGNED, TargetAssigned.class, this::assigned);
		this.reach = new EventRoutes(codec)
			.onPayloads(Events.MESSAGE_DISPATCHED, MessageDispatched.class, this::dispatched)
			.onPayloads(Events.OUTCOME_RECORDED, OutcomeRecorded.class, this::outcomes);
	}

	@KafkaListener(topics = Topics.CAMPAIGNS, id = "evaluation-campaigns")
	void onCampaigns(List<ConsumerRecord<String, String>> records) {
		this.consumer.consume("evaluation.campaigns", records, this.campaigns);
	}

	@KafkaListener(topics = Topics.TARGETS, id = "evaluation-targets")
	void onTargets(List<ConsumerRecord<String, String>> records) {
		this.consumer.consume("evaluation.targets", records, this.targets);
	}

	@KafkaListener(topics = Topics.REACH_EVENTS, id = "evaluation-reach")
	void onReach(List<ConsumerRecord<String, String>> records) {
		this.consumer.consume("evaluation.reach", records, this.reach);
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
		List<Object[]> rows = new ArrayList<>(assigned.size());
		Set<UUID> campaigns = new LinkedHashSet<>();
		for (TargetAssigned t : assigned) {
			rows.add(new Object[] { t.campaignId(), t.customerId(), t.arm(), t.offerCode(), t.channel(), t.segment() });
			campaigns.add(t.campaignId());
		}
		this.jdbc.batchUpdate("""
				insert into assignment (campaign_id, customer_id, arm, offer_code, channel, segment)
				values (?, ?, ?, ?, ?, ?)
				on conflict do nothing""", rows);
		markStale(campaigns);
	}

	private void dispatched(List<MessageDispatched> dispatched) {
		List<Object[]> rows = new ArrayList<>(dispatched.size());
		Set<UUID> campaigns = new LinkedHashSet<>();
		for (MessageDispatched m : dispatched) {
			rows.add(new Object[] { m.campaignId(), m.customerId(), m.channel(), java.sql.Timestamp.from(m.sentAt()) });
			campaigns.add(m.campaignId());
		}
		this.jdbc.batchUpdate("""
				insert into exposure (campaign_id, customer_id, channel, sent_at) values (?, ?, ?, ?)
				on conflict do nothing""", rows);
		markStale(campaigns);
	}

	private void outcomes(List<OutcomeRecorded> outcomes) {
		List<Object[]> rows = new ArrayList<>(outcomes.size());
		Set<UUID> campaigns = new LinkedHashSet<>();
		for (OutcomeRecorded o : outcomes) {
			rows.add(new Object[] { o.campaignId(), o.customerId(), o.outcome(),
					java.sql.Timestamp.from(o.occurredAt()) });
			campaigns.add(o.campaignId());
		}
		this.jdbc.batchUpdate("""
				insert into outcome (campaign_id, customer_id, outcome, occurred_at) values (?, ?, ?, ?)
				on conflict do nothing""", rows);
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
