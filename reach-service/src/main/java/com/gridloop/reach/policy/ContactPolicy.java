package com.gridloop.reach.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Decides, for one message at one instant, whether to send it now, later or never:
 * consent first, then the frequency caps (marketing only), then the quiet hours, then the
 * customer's active hour within the campaign's week. A pure function of its inputs.
 */
public final class ContactPolicy {

	/** Why a message was not sent now; the names are the keys counted in the stats. */
	public enum Reason {

		CONSENT, FREQUENCY_CAP, QUIET_HOURS, SEND_TIME;

		/**
		 * The key in stats and metrics: consent, frequency_cap, quiet_hours, send_time.
		 */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * A message to decide on.
	 *
	 * @param activeHour the customer's active hour (0-23), or null when unknown
	 * @param week the first day of the campaign's week, or null for no window
	 */
	public record Candidate(String customerId, String channel, boolean transactional, boolean optedOut,
			Integer activeHour, LocalDate week) {
	}

	/** A contact already made (or being made) to the customer. */
	public record Contact(String channel, Instant at) {
	}

	/**
	 * Send now (reason null), suppress (notBefore null) or defer until notBefore.
	 */
	public record Decision(Reason reason, Instant notBefore) {

		static final Decision SEND = new Decision(null, null);

		public boolean send() {
			return this.reason == null;
		}

		public boolean deferred() {
			return this.reason != null && this.notBefore != null;
		}

	}

	private final PolicyProperties properties;

	public ContactPolicy(PolicyProperties properties) {
		this.properties = properties;
	}

	/** The decision for the candidate, given the customer's recent marketing contacts. */
	public Decision decide(Candidate c, List<Contact> recent, Instant now) {
		if (c.optedOut()) {
			return new Decision(Reason.CONSENT, null);
		}
		if (!c.transactional() && capped(c.channel(), recent, now)) {
			return new Decision(Reason.FREQUENCY_CAP, null);
		}
		ZonedDateTime local = now.atZone(this.properties.zone());
		if (this.properties.quietHours() && quiet(local.toLocalTime())) {
			return new Decision(Reason.QUIET_HOURS, quietEndAfter(local).toInstant());
		}
		if (this.properties.sendAtActiveHour() && c.activeHour() != null) {
			ZonedDateTime at = sendTime(c, local);
			if (at.isAfter(local)) {
				return new Decision(Reason.SEND_TIME, at.toInstant());
			}
		}
		return Decision.SEND;
	}

	/** Whether a local time falls in the quiet hours. */
	boolean quiet(LocalTime t) {
		LocalTime start = this.properties.quietStart();
		LocalTime end = this.properties.quietEnd();
		return start.isAfter(end) ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
	}

	private boolean capped(String channel, List<Contact> recent, Instant now) {
		for (PolicyProperties.Cap cap : this.properties.caps()) {
			Instant since = now.minus(cap.window());
			long n = recent.stream()
				.filter(r -> r.at().isAfter(since))
				.filter(r -> cap.channel() == null || cap.channel().equals(r.channel()))
				.count();
			if ((cap.channel() == null || cap.channel().equals(channel)) && n >= cap.max()) {
				return true;
			}
		}
		return false;
	}

	private ZonedDateTime quietEndAfter(ZonedDateTime local) {
		ZonedDateTime end = local.with(this.properties.quietEnd()).withSecond(0).withNano(0);
		return end.isAfter(local) ? end : end.plusDays(1);
	}

	/**
	 * The next start of the customer's active hour, from the later of now and the
	 * campaign's first day; now when that falls in the quiet hours or after the week.
	 */
	private ZonedDateTime sendTime(Candidate c, ZonedDateTime local) {
		LocalTime hour = LocalTime.of(c.activeHour(), 0);
		if (this.properties.quietHours() && quiet(hour)) {
			return local;
		}
		if (local.getHour() == c.activeHour() && (c.week() == null || !local.toLocalDate().isBefore(c.week()))) {
			return local;
		}
		ZonedDateTime from = local;
		if (c.week() != null && local.toLocalDate().isBefore(c.week())) {
			from = c.week().atStartOfDay(local.getZone());
		}
		ZonedDateTime at = from.with(hour);
		if (at.isBefore(from)) {
			at = at.plusDays(1);
		}
		if (c.week() != null && !at.toLocalDate().isBefore(c.week().plusDays(7))) {
			return local;
		}
		return at.isAfter(local.plus(Duration.ofDays(8))) ? local : at;
	}

}
