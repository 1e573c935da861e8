package com.gridloop.reach.outcome;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Reads for outcomes: who the campaigns target, and the service's counts. */
@Component
record OutcomeQueries(JdbcClient jdbc) {

	/** A customer targeted by a campaign. */
	record Target(UUID campaignId, String customerId) {
	}

	/**
	 * How many targets, dispatches, sandbox messages and outcomes reach holds; dispatched
	 * counts messages a gateway took, managerVisits the dispatches left to the account
	 * managers' tasks; controlContacted counts control targets a message was sent (or
	 * being sent) to and must stay 0.
	 */
	record ReachStats(long targets, long treatment, long control, long dispatched, long queued, long suppressed,
			long managerVisits, long sandboxMessages, long controlContacted, long outcomes) {
	}

	/** Every target of the campaigns, in one query whatever their number. */
	Set<Target> targetsOf(Collection<UUID> campaigns) {
		Set<Target> targets = new HashSet<>();
		this.jdbc.sql("select campaign_id, customer_id from target where campaign_id = any(?)")
			.param(new SqlArrayValue("uuid", (Object[]) campaigns.toArray(UUID[]::new)))
			.query(rs -> {
				targets.add(new Target(rs.getObject(1, UUID.class), rs.getString(2)));
			});
		return targets;
	}

	/**
	 * When reach learnt of each campaign: the arrival of its first target, published at
	 * launch.
	 */
	Map<UUID, Instant> launchOf(Collection<UUID> campaigns) {
		Map<UUID, Instant> launches = new HashMap<>();
		this.jdbc
			.sql("select campaign_id, min(received_at) from target where campaign_id = any(?) group by campaign_id")
			.param(new SqlArrayValue("uuid", (Object[]) campaigns.toArray(UUID[]::new)))
			.query(rs -> {
				launches.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
			});
		return launches;
	}

	ReachStats stats() {
		return this.jdbc.sql("""
				select (select count(*) from target) as targets,
				       (select count(*) from target where arm = 'TREATMENT') as treatment,
				       (select count(*) from target where arm = 'CONTROL') as control,
				       (select count(*) from dispatch where sent_at is not null) as dispatched,
				       (select count(*) from dispatch where status = 'QUEUED') as queued,
				       (select count(*) from dispatch where status = 'SUPPRESSED') as suppressed,
				       (select count(*) from dispatch where channel = 'MANAGER_VISIT') as manager_visits,
				       (select count(*) from sandbox_message) as sandbox_messages,
				       (select count(*) from dispatch d
				          join target t on t.campaign_id = d.campaign_id and t.customer_id = d.customer_id
				          where t.arm = 'CONTROL' and (d.sent_at is not null or d.claimed_at is not null))
				          as control_contacted,
				       (select count(*) from outcome) as outcomes""").query(ReachStats.class).single();
	}

}
