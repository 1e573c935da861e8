package com.gridloop.reach.outcome;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.web.Problems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records outcomes of targeted customers with their events. An outcome for someone who is
 * not a target of the campaign is refused; the same outcome twice is recorded once.
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

	private final JdbcClient jdbc;

	private final OutcomeQueries queries;

	private final Outbox outbox;

	OutcomeRecorder(JdbcClient jdbc, OutcomeQueries queries, Outbox outbox) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.outbox = outbox;
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
		return new Recorded(fresh.size(), requests.size() - fresh.size() - notTargets.size(), notTargets);
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
