package com.gridloop.reach.outcome;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gridloop.common.audit.AuditLog;
import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.web.Problems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records outcomes of targeted customers with their events. An outcome for someone who is
 * not a target of the campaign is refused; the same outcome twice is recorded once; an
 * outcome that corrects an earlier final one is audited.
 */
@Service
public class OutcomeRecorder {

	/**
	 * What became of a set of outcomes; notTargets lists the customers who are not
	 * targets of their campaign.
	 */
	public record Recorded(int recorded, int alreadyKnown, List<String> notTargets) {
	}

	/**
	 * How far a reporter's clock may be ahead; reach learns of a launch (its first
	 * target) moments after strategy, so the lower bound has the same leeway.
	 */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	/** Outcomes that settle what became of a customer; a different one corrects them. */
	static final Set<String> FINAL = Set.of("CONVERTED", "REFUSED", "WRONG_NUMBER");

	private final JdbcClient jdbc;

	private final OutcomeQueries queries;

	private final Outbox outbox;

	private final AuditLog audit;

	OutcomeRecorder(JdbcClient jdbc, OutcomeQueries queries, Outbox outbox, AuditLog audit) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.outbox = outbox;
		this.audit = audit;
	}

	/**
	 * Records the outcomes as {@code user}, with an OutcomeRecorded event each that names
	 * the user. Refuses the whole request (422) when an outcome did not happen between
	 * its campaign's launch and now (plus {@link #CLOCK_SKEW}).
	 */
	@Transactional
	public Recorded record(List<OutcomeRequest> requests, String user) {
		List<UUID> campaigns = requests.stream().map(OutcomeRequest::campaignId).distinct().toList();
		Set<OutcomeQueries.Target> targets = this.queries.targetsOf(campaigns);
		List<String> notTargets = new ArrayList<>();
		List<OutcomeRecorded> fresh = new ArrayList<>();
		Instant now = Instant.now();
		requireDuringCampaign(requests, this.queries.launchOf(campaigns), now);
		for (OutcomeRequest r : requests) {
			if (!targets.contains(new OutcomeQueries.Target(r.campaignId(), r.customerId()))) {
				notTargets.add(r.customerId());
				continue;
			}
			UUID id = UUID.randomUUID();
			Instant occurredAt = r.occurredAt() == null ? now : r.occurredAt();
			int inserted = this.jdbc.sql("""
					insert into outcome (id, campaign_id, customer_id, outcome, source, recorded_by, occurred_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (campaign_id, customer_id, outcome) do nothing""")
				.params(id, r.campaignId(), r.customerId(), r.outcome().name(), r.source().name(), user,
						Timestamp.from(occurredAt))
				.update();
			if (inserted == 1) {
				fresh.add(new OutcomeRecorded(id.toString(), r.campaignId().toString(), r.customerId(),
						r.outcome().name(), r.source().name(), occurredAt, user));
			}
		}
		this.outbox.appendAll(Events.OUTCOME_RECORDED, fresh, OutcomeRecorded::customerId);
		auditCorrections(fresh);
		return new Recorded(fresh.size(), requests.size() - fresh.size() - notTargets.size(), notTargets);
	}

	/**
	 * Audits the outcomes that correct an earlier one: a final outcome (converted,
	 * refused, wrong number) for a customer of a campaign that already has a different
	 * final one. Progress (reached, then interested, then converted) is no correction.
	 */
	private void auditCorrections(List<OutcomeRecorded> fresh) {
		List<OutcomeRecorded> finals = fresh.stream().filter(o -> FINAL.contains(o.outcome())).toList();
		if (finals.isEmpty()) {
			return;
		}
		List<String> corrections = this.jdbc.sql("""
				select f.customer_id || ' in ' || f.campaign_id || ': ' || string_agg(o.outcome, '+') || ' -> '
				  || f.outcome from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[]) as f(campaign_id, customer_id,
				  outcome, id)
				join outcome o on o.campaign_id = f.campaign_id and o.customer_id = f.customer_id and o.id <> f.id
				  and o.outcome <> f.outcome and o.outcome = any(?::text[])
				group by f.customer_id, f.campaign_id, f.outcome order by 1""")
			.params(new SqlArrayValue("uuid", finals.stream().map(o -> UUID.fromString(o.campaignId())).toArray()),
					new SqlArrayValue("text", finals.stream().map(OutcomeRecorded::customerId).toArray()),
					new SqlArrayValue("text", finals.stream().map(OutcomeRecorded::outcome).toArray()),
					new SqlArrayValue("uuid", finals.stream().map(o -> UUID.fromString(o.outcomeId())).toArray()),
					new SqlArrayValue("text", FINAL.toArray()))
			.query(String.class)
			.list();
		if (!corrections.isEmpty()) {
			this.audit.record(AuditLog.Action.OUTCOME_CORRECTION,
					corrections.stream().map(c -> c.substring(0, c.indexOf(" in "))).toList(),
					"POST outcomes, " + corrections.size() + " correction(s): "
							+ String.join("; ", corrections.stream().limit(20).toList()));
		}
	}

	private static void requireDuringCampaign(List<OutcomeRequest> requests, Map<UUID, Instant> launches, Instant now) {
		Instant latest = now.plus(CLOCK_SKEW);
		List<String> outside = new ArrayList<>();
		for (OutcomeRequest r : requests) {
			Instant launch = launches.get(r.campaignId());
			if (r.occurredAt() != null && (r.occurredAt().isAfter(latest)
					|| (launch != null && r.occurredAt().isBefore(launch.minus(CLOCK_SKEW))))) {
				outside.add(r.customerId() + " at " + r.occurredAt());
			}
		}
		if (!outside.isEmpty()) {
			throw Problems.unprocessable("occurred-outside-campaign",
					"occurredAt must lie between the campaign's launch" + " and now + " + CLOCK_SKEW.toMinutes()
							+ " minutes: " + outside.stream().limit(10).toList());
		}
	}

}
