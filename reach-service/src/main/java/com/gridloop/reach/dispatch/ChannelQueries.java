package com.gridloop.reach.dispatch;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dispatches by channel and state, and messages sent by channel, for the channel stats.
 */
@Component
record ChannelQueries(JdbcClient jdbc) {

	Map<String, Map<String, Long>> byChannelAndState() {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		this.jdbc.sql("select channel, status, count(*) from dispatch group by channel, status").query(rs -> {
			counts.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
		});
		return counts;
	}

	/** Messages a gateway took, by channel. */
	Map<String, Long> dispatchedByChannel() {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.sql("select channel, count(*) from dispatch where sent_at is not null group by channel").query(rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

}
