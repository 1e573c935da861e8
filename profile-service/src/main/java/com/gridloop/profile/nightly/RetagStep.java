package com.gridloop.profile.nightly;

import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queues every customer for a full tag recomputation: incremental refreshes follow the
 * facts that arrive, the nightly run recomputes everything (windows move on even when no
 * fact arrives), and the snapshots carry the new segments.
 */
@Component
record RetagStep(JdbcTemplate jdbc) implements NightlyStep {

	@Override
	public String name() {
		return "retag";
	}

	@Override
	public Map<String, Object> run(UUID runId) {
		this.jdbc
			.update("insert into dirty_customer (customer_id) select customer_id from customer order by customer_id "
					+ "on conflict do nothing");
		return Map.of();
	}

}
