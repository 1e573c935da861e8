package com.gridloop.local.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.gridloop.datagen.AccountManagers;
import tools.jackson.databind.JsonNode;

/**
 * The offline half of reach in the demo: waits for the fallback's tasks, then the demo
 * account manager pulls their call list and records what their calls found. Outcomes here
 * never convert: conversions come from the business system, so the measured uplift stays
 * the planted one.
 */
final class CallListRound {

	/**
	 * Tasks the fallback made (follow-ups and visits), and outcomes the manager recorded.
	 */
	record Result(long fallbackTasks, long callListOutcomes) {
	}

	private static final List<String> FOUND = List.of("REACHED", "INTERESTED", "CALL_BACK", "WRONG_NUMBER", "REFUSED");

	/** The most calls the demo manager makes. */
	private static final int CALLS = 12;

	private final PlatformClient client;

	CallListRound(PlatformClient client) {
		this.client = client;
	}

	Result run(Duration timeout) {
		JsonNode stats = this.client.await("reach", "/api/v1/tasks/stats", "manager",
				s -> s.get("followUps").asLong() + s.get("visits").asLong() > 0, timeout, "the fallback's tasks");
		// The demo manager's customers' messages may pass the window a little after the
		// first tasks appear.
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		JsonNode list = this.client.get("reach", "/api/v1/call-lists/me", AccountManagers.DEMO_MANAGER);
		while (list.isEmpty() && System.nanoTime() < deadline) {
			pause();
			list = this.client.get("reach", "/api/v1/call-lists/me", AccountManagers.DEMO_MANAGER);
		}
		stats = this.client.get("reach", "/api/v1/tasks/stats", "manager");
		long recorded = 0;
		for (int i = 0; i < Math.min(CALLS, list.size()); i++) {
			String outcome = FOUND.get(i % FOUND.size());
			Map<String, Object> body = "CALL_BACK".equals(outcome)
					? Map.of("outcome", outcome, "note", "客户请明天上午再联系", "callBackAt",
							java.time.Instant.now().plus(Duration.ofDays(1)).toString())
					: Map.of("outcome", outcome, "note", "演示通话");
			this.client.postJson("reach", "/api/v1/tasks/" + list.get(i).get("taskId").asString() + "/outcomes",
					AccountManagers.DEMO_MANAGER, body);
			recorded++;
		}
		return new Result(stats.get("followUps").asLong() + stats.get("visits").asLong(), recorded);
	}

	private static void pause() {
		try {
			Thread.sleep(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the call list", ex);
		}
	}

}
