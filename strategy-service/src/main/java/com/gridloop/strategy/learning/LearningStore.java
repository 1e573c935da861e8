package com.gridloop.strategy.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The evidence table: one row per evaluated campaign and cell. */
@Component
record LearningStore(JdbcClient jdbc, TransactionTemplate tx) {

	/** Evidence summed over campaigns, per cell. */
	record CellTotals(String offerCode, String segment, String channel, long treated, long conversions, int campaigns) {
	}

	/**
	 * Replaces the campaign's evidence when the result is newer than the one kept, so a
	 * campaign counts once however often it is re-evaluated. The check and the writes are
	 * one transaction (the caller's when it has one).
	 */
	void replace(UUID campaignId, List<Evidence> cells, Instant evaluatedAt) {
		this.tx.executeWithoutResult(status -> {
			Timestamp at = Timestamp.from(evaluatedAt);
			int newer = this.jdbc
				.sql("select count(*) from learning_evidence where campaign_id = :campaign and evaluated_at > :at")
				.param("campaign", campaignId)
				.param("at", at)
				.query(Integer.class)
				.single();
			if (newer > 0) {
				return;
			}
			this.jdbc.sql("delete from learning_evidence where campaign_id = :campaign")
				.param("campaign", campaignId)
				.update();
			for (Evidence e : cells) {
				this.jdbc.sql("""
						insert into learning_evidence (campaign_id, offer_code, segment, channel, treated, conversions,
						  evaluated_at) values (:campaign, :offer, :segment, :channel, :treated, :conversions, :at)""")
					.param("campaign", campaignId)
					.param("offer", e.offerCode())
					.param("segment", e.segment())
					.param("channel", e.channel())
					.param("treated", e.treated())
					.param("conversions", e.conversions())
					.param("at", at)
					.update();
			}
		});
	}

	List<CellTotals> totals() {
		return this.jdbc.sql("""
				select offer_code, segment, channel, sum(treated) as treated, sum(conversions) as conversions,
				       count(distinct campaign_id) as campaigns
				from learning_evidence group by offer_code, segment, channel order by 1, 2, 3""")
			.query(CellTotals.class)
			.list();
	}

}
