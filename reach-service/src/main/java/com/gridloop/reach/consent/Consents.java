package com.gridloop.reach.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.reach.channel.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a customer's consent per channel with its event and a history row saying who
 * changed it, through what and when; the dispatcher reads it before every message.
 */
@Service
public class Consents {

	/** Where a consent change came from. */
	public enum Source {

		/** Put through the API by staff (customer service, an account manager). */
		API,
		/** The customer answered an SMS with TD. */
		SMS_REPLY

	}

	private final ConsentRepository consents;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	Consents(ConsentRepository consents, Outbox outbox, JdbcClient jdbc) {
		this.consents = consents;
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	/** The customer opts out of a channel; a repeated opt-out changes nothing. */
	@Transactional
	public void optOut(String customerId, Channel channel, Source source, String actor) {
		put(customerId, channel, false, source, actor);
	}

	@Transactional
	void put(String customerId, Channel channel, boolean granted, Source source, String actor) {
		Instant now = Instant.now();
		Optional<Consent> stored = this.consents.findById(new Consent.Key(customerId, channel.name()));
		boolean fresh = stored.isEmpty();
		Consent consent = stored.orElseGet(() -> Consent.asSigned(customerId, channel.name(), now));
		boolean changed;
		if (granted) {
			changed = consent.grant(now).map(e -> {
				this.outbox.append(Events.CONSENT_GRANTED, customerId, e);
				return true;
			}).orElse(false);
		}
		else {
			changed = consent.withdraw(now).map(e -> {
				this.outbox.append(Events.CONSENT_WITHDRAWN, customerId, e);
				return true;
			}).orElse(false);
		}
		if (changed || fresh) {
			this.jdbc.sql("""
					insert into consent_change (customer_id, channel, granted, source, actor, changed_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(customerId, channel.name(), granted, source.name(), actor, Timestamp.from(now))
				.update();
		}
		// A first choice is stored even when it confirms the consent as signed, as
		// before.
		this.consents.save(consent);
	}

}
