package com.gridloop.reach.channel;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateways reach sends through ({@code gridloop.reach.channels.*}).
 *
 * @param gateways base URL per channel; a channel without one goes to the sandbox
 * @param attempts HTTP attempts per send, the first included, before the dispatch is
 * requeued
 * @param backoff wait before the second attempt, doubled before each later one
 * @param failureRate percentage of failed calls that opens a channel's circuit
 * @param minimumCalls calls the breaker sees before it judges the failure rate
 * @param openFor how long an open circuit refuses calls before it lets a few through
 */
@ConfigurationProperties("gridloop.reach.channels")
public record ChannelProperties(Map<Channel, String> gateways, @DefaultValue("1s") Duration connectTimeout,
		@DefaultValue("3s") Duration readTimeout, @DefaultValue("3") int attempts,
		@DefaultValue("100ms") Duration backoff, @DefaultValue("50") float failureRate,
		@DefaultValue("10") int minimumCalls, @DefaultValue("30s") Duration openFor) {

	public ChannelProperties {
		gateways = gateways == null ? Map.of() : Map.copyOf(gateways);
	}

}
