package com.gridloop.local.chaos;

import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.gridloop.local.demo.PlatformClient;
import tools.jackson.databind.JsonNode;

/**
 * The exact counts of every stage once the platform has settled: what ingestion stored,
 * what profile tagged, the campaign's targets, what reach sent and the gateway accepted,
 * the conversions each service holds, and what is left in outboxes and on Kafka.
 */
record StageCounts(Map<String, Long> values) {

	long get(String key) {
		Long v = this.values.get(key);
		if (v == null) {
			throw new IllegalArgumentException("No count " + key);
		}
		return v;
	}

	/**
	 * Waits until nothing is left to do (no outbox row, no consumer lag, nothing queued
	 * in reach, no pending refresh) and two readings five seconds apart agree, then
	 * counts.
	 */
	static StageCounts settled(ChaosPlatform platform, PlatformClient client, Backlog backlog, ChaosDrive.Result drive,
			Duration timeout) throws InterruptedException, SQLException {
		long deadline = System.nanoTime() + timeout.toNanos();
		StageCounts last = null;
		while (true) {
			StageCounts now = gather(platform, client, backlog, drive);
			boolean idle = backlog.total() == 0 && now.get("reach queued") == 0
					&& now.get("profile pending refresh") == 0 && now.get("evaluation pending refresh") == 0;
			if ((idle && now.equals(last)) || System.nanoTime() > deadline) {
				return now;
			}
			last = idle ? now : null;
			Thread.sleep(5000);
		}
	}

	static StageCounts gather(ChaosPlatform platform, PlatformClient client, Backlog backlog, ChaosDrive.Result drive)
			throws InterruptedException, SQLException {
		Map<String, Long> v = new LinkedHashMap<>();
		JsonNode ingestion = client.get("ingestion", "/api/v1/ingestion/stats", "analyst");
		v.put("ingestion customers", ingestion.get("customers").asLong());
		v.put("ingestion meter-days", ingestion.get("meterDays").asLong());
		v.put("ingestion daily facts", ingestion.get("dailyFacts").asLong());
		JsonNode profile = client.get("profile", "/api/v1/profile/stats", "analyst");
		v.put("profile usage days", profile.get("usageDays").asLong());
		v.put("profile customers tagged", profile.get("profiled").asLong());
		v.put("profile tag values", profile.get("tagValues").asLong());
		v.put("profile pending refresh", profile.get("pendingRefresh").asLong());
		JsonNode campaign = client.get("strategy", "/api/v1/campaigns/" + drive.campaignId(), "marketer");
		v.put("strategy targets", campaign.get("targets").asLong());
		v.put("strategy treatment", campaign.get("treatment").asLong());
		JsonNode reach = client.get("reach", "/api/v1/reach/stats", "manager");
		v.put("reach targets", reach.get("targets").asLong());
		v.put("reach treatment", reach.get("treatment").asLong());
		v.put("reach handled", reach.get("dispatched").asLong() + reach.get("suppressed").asLong()
				+ reach.get("managerVisits").asLong());
		v.put("reach dispatched", reach.get("dispatched").asLong());
		v.put("reach queued", reach.get("queued").asLong());
		v.put("reach control contacted", reach.get("controlContacted").asLong());
		Map<String, Long> perCustomer = platform.gateway().acceptedPerCustomer();
		v.put("gateway messages", perCustomer.values().stream().mapToLong(Long::longValue).sum());
		v.put("gateway customers messaged twice", perCustomer.values().stream().filter(n -> n > 1).count());
		v.put("outcomes recorded by users", drive.recorded());
		v.put("reach outcomes", reach.get("outcomes").asLong());
		JsonNode result = client.get("evaluation", "/api/v1/campaigns/" + drive.campaignId() + "/results", "analyst");
		v.put("evaluation customers",
				result.get("treatment").get("customers").asLong() + result.get("control").get("customers").asLong());
		v.put("evaluation conversions", result.get("treatment").get("conversions").asLong()
				+ result.get("control").get("conversions").asLong());
		v.put("evaluation pending refresh",
				client.get("evaluation", "/api/v1/evaluation/stats", "analyst").get("pendingRefresh").asLong());
		JsonNode fedBack = campaign.path("latestResult");
		v.put("strategy result conversions", fedBack.path("treatment").path("conversions").asLong(0)
				+ fedBack.path("control").path("conversions").asLong(0));
		backlog.outboxPending().forEach((schema, n) -> v.put("outbox " + schema, n));
		try {
			v.put("consumer lag", backlog.consumerLag());
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			v.put("consumer lag", -1L);
		}
		return new StageCounts(v);
	}

}
