package com.gridloop.reach.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts every message the contact policy suppressed or deferred, by reason: in the
 * database (for the stats, written in the dispatcher's transaction) and as the Micrometer
 * counter {@code gridloop.reach.policy} tagged outcome, reason and channel.
 */
@Component
public record PolicyCounts(JdbcClient jdbc, MeterRegistry meters) {

	/** The counts of one pass, written at once. */
	public final class Tally {

		private final Map<List<String>, Long> counts = new HashMap<>();

		public void suppressed(String reason, String channel) {
			add("suppressed", reason, channel);
		}

		public void deferred(String reason, String channel) {
			add("deferred", reason, channel);
		}

		private void add(String outcome, String reason, String channel) {
			this.counts.merge(List.of(outcome, reason), 1L, Long::sum);
			PolicyCounts.this.meters
				.counter("gridloop.reach.policy", "outcome", outcome, "reason", reason, "channel", channel)
				.increment();
		}

		/** Adds this pass's counts to the stored ones. */
		public void flush() {
			this.counts.forEach((key, n) -> PolicyCounts.this.jdbc.sql("""
					insert into policy_count (outcome, reason, n) values (?, ?, ?)
					on conflict (outcome, reason) do update set n = policy_count.n + excluded.n""")
				.params(key.get(0), key.get(1), n)
				.update());
			this.counts.clear();
		}

	}

	/** Suppressed and deferred messages by reason, since the start. */
	public record PolicyStats(Map<String, Long> suppressed, Map<String, Long> deferred) {
	}

	public Tally tally() {
		return new Tally();
	}

	public PolicyStats stats() {
		Map<String, Long> suppressed = new HashMap<>();
		Map<String, Long> deferred = new HashMap<>();
		this.jdbc.sql("select outcome, reason, n from policy_count").query(rs -> {
			("suppressed".equals(rs.getString(1)) ? suppressed : deferred).put(rs.getString(2), rs.getLong(3));
		});
		return new PolicyStats(suppressed, deferred);
	}

}
