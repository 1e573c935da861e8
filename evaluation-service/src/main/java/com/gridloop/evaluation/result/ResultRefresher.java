package com.gridloop.evaluation.result;

import java.util.List;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the results of campaigns whose data changed, stores them and publishes them
 * back to strategy: once per change, nothing when the recomputed result is the one kept
 * (the same figures, only a later {@code computedAt}), as when a usage day arrives again
 * with the same kWh.
 */
@Component
record ResultRefresher(JdbcTemplate jdbc, TransactionTemplate tx, ResultCalculator calculator, Outbox outbox,
		JsonMapper json) {

	@Scheduled(fixedDelayString = "${gridloop.evaluation.refresh-interval:2s}")
	void refresh() {
		this.tx.executeWithoutResult(s -> {
			List<UUID> stale = this.jdbc.queryForList("""
					delete from stale_campaign where campaign_id in (
					  select campaign_id from stale_campaign limit 100 for update skip locked)
					returning campaign_id""", UUID.class);
			for (UUID id : stale) {
				this.calculator.compute(id).filter(result -> changed(id, result)).ifPresent(result -> {
					this.jdbc.update("""
							insert into campaign_result (campaign_id, result, computed_at) values (?, ?::jsonb, now())
							on conflict (campaign_id) do update set result = excluded.result,
							  computed_at = excluded.computed_at""", id, this.json.writeValueAsString(result));
					this.outbox.append(Events.CAMPAIGN_EVALUATED, id.toString(), result);
				});
			}
		});
	}

	/**
	 * Whether the result differs from the one kept, apart from when it was computed;
	 * compared as jsonb, so that numbers compare by value whatever their notation.
	 */
	private boolean changed(UUID id, CampaignEvaluated result) {
		Boolean same = this.jdbc.queryForObject("""
				select exists (select 1 from campaign_result where campaign_id = ?
				                 and result - 'computedAt' = ?::jsonb - 'computedAt')""", Boolean.class, id,
				this.json.writeValueAsString(result));
		return !Boolean.TRUE.equals(same);
	}

}
