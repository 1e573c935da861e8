package com.gridloop.reach.dispatch;

import java.util.Map;

import com.gridloop.reach.channel.Channels;
import com.gridloop.reach.policy.PolicyCounts;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The channels at a glance: dispatches by channel and state, what the contact policy
 * suppressed or deferred by reason, and each gateway's circuit.
 */
@RestController
record ChannelStatsController(ChannelQueries queries, PolicyCounts policy, Channels channels) {

	/** The counts behind {@code GET /api/v1/reach/channels/stats}. */
	record ChannelStats(Map<String, Long> dispatchedByChannel, Map<String, Map<String, Long>> messages,
			PolicyCounts.PolicyStats policy, Map<String, String> circuits) {
	}

	@GetMapping("/api/v1/reach/channels/stats")
	ChannelStats stats() {
		return new ChannelStats(this.queries.dispatchedByChannel(), this.queries.byChannelAndState(),
				this.policy.stats(), this.channels.circuits());
	}

}
