package com.gridloop.reach.consent;

import java.time.Instant;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a customer's consent per channel with its event; the dispatcher reads it before
 * every message.
 */
@Service
class Consents {

	private final ConsentRepository consents;

	private final Outbox outbox;

	Consents(ConsentRepository consents, Outbox outbox) {
		this.consents = consents;
		this.outbox = outbox;
	}

	@Transactional
	void put(String customerId, String channel, boolean granted) {
		Instant now = Instant.now();
		Consent consent = this.consents.findById(new Consent.Key(customerId, channel))
			.orElseGet(() -> Consent.asSigned(customerId, channel, now));
		if (granted) {
			consent.grant(now).ifPresent(e -> this.outbox.append(Events.CONSENT_GRANTED, customerId, e));
		}
		else {
			consent.withdraw(now).ifPresent(e -> this.outbox.append(Events.CONSENT_WITHDRAWN, customerId, e));
		}
		// A first choice is stored even when it confirms the consent as signed, as
		// before.
		this.consents.save(consent);
	}

}
