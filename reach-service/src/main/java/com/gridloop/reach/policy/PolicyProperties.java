package com.gridloop.reach.policy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The contact policy ({@code gridloop.reach.policy.*}).
 *
 * @param zone the customers' local time zone
 * @param quietStart start of the quiet hours, local time
 * @param quietEnd end of the quiet hours, local time
 * @param quietHours whether quiet hours defer messages
 * @param sendAtActiveHour whether a message waits for the customer's active hour within
 * the campaign's week
 * @param caps marketing contacts allowed per window; a cap without a channel counts every
 * channel
 * @param transactionalOffers offer codes of transactional messages (outage notices,
 * bills), exempt from the caps
 */
@ConfigurationProperties("gridloop.reach.policy")
public record PolicyProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("21:00") LocalTime quietStart,
		@DefaultValue("08:00") LocalTime quietEnd, @DefaultValue("true") boolean quietHours,
		@DefaultValue("true") boolean sendAtActiveHour, List<Cap> caps, @DefaultValue( {
				"OUTAGE_NOTICE", "BILL_NOTICE" }) Set<String> transactionalOffers){

	/**
	 * At most {@code max} marketing contacts in {@code window}, on one channel or on all.
	 */
	public record Cap(String channel, Duration window, int max) {
	}

	public PolicyProperties {
		caps = caps == null ? List.of(new Cap(null, Duration.ofDays(7), 2), new Cap(null, Duration.ofDays(1), 1))
				: List.copyOf(caps);
	}

	/** The longest cap window: how far back contacts are read. */
	public Duration lookBack() {
		return this.caps.stream().map(Cap::window).max(Duration::compareTo).orElse(Duration.ZERO);
	}

}
