package com.gridloop.evaluation.result;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads for the result endpoints: the service's counts and the campaigns it knows. */
@Component
record ResultQueries(JdbcClient jdbc) {

	/**
	 * How many rows of each kind evaluation holds; {@code usageDays} are the campaign
	 * customers' days of usage, {@code pendingRefresh} the campaigns whose data changed
	 * since their result was last computed.
	 */
	record EvaluationStats(long campaigns, long assignments, long exposures, long outcomes, long results,
			long usageDays, long pendingRefresh) {
	}

	/** A campaign as evaluation received it from strategy. */
	record KnownCampaign(UUID campaignId, String name, String offerCode, double controlShare, Instant launchedAt) {
	}

	EvaluationStats stats() {
		return this.jdbc.sql("""
				select (select count(*) from campaign) as campaigns,
				       (select count(*) from assignment) as assignments,
				       (select count(*) from exposure) as exposures,
				       (select count(*) from outcome) as outcomes,
				       (select count(*) from campaign_result) as results,
				       (select count(*) from usage_day) as usage_days,
				       (select count(*) from stale_campaign) as pending_refresh""")
			.query(EvaluationStats.class)
			.single();
	}

	List<KnownCampaign> campaigns() {
		return this.jdbc
			.sql("select campaign_id, name, offer_code, control_share, launched_at from campaign "
					+ "order by launched_at desc")
			.query(KnownCampaign.class)
			.list();
	}

}
