package com.gridloop.reach.consent;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer's consent to be contacted through one channel. No row means consent as given
 * at contract signature; a row holds the customer's latest choice. It changes only by
 * {@link #grant} and {@link #withdraw}, each returning its event when the choice changed.
 */
@Entity
@Table(name = "consent")
public class Consent {

	/** Whose consent, for which channel. */
	@Embeddable
	public record Key(String customerId, String channel) {
	}

	@EmbeddedId
	private Key id;

	private boolean granted;

	private Instant updatedAt;

	/**
	 * A wrapper so Spring Data sees a new consent as new and inserts it without a select
	 * first.
	 */
	@Version
	private Long version;

	protected Consent() {
	}

	/**
	 * The consent a customer has without having said anything: granted at contract
	 * signature.
	 */
	static Consent asSigned(String customerId, String channel, Instant at) {
		Consent c = new Consent();
		c.id = new Key(customerId, channel);
		c.granted = true;
		c.updatedAt = at;
		return c;
	}

	/**
	 * The customer agrees to be contacted again; granting a consent in force changes
	 * nothing.
	 */
	Optional<ConsentGranted> grant(Instant at) {
		if (this.granted) {
			return Optional.empty();
		}
		this.granted = true;
		this.updatedAt = at;
		return Optional.of(new ConsentGranted(this.id.customerId(), this.id.channel(), at));
	}

	/**
	 * The customer opts out: no later dispatch goes through the channel. Withdrawing
	 * twice changes nothing.
	 */
	Optional<ConsentWithdrawn> withdraw(Instant at) {
		if (!this.granted) {
			return Optional.empty();
		}
		this.granted = false;
		this.updatedAt = at;
		return Optional.of(new ConsentWithdrawn(this.id.customerId(), this.id.channel(), at));
	}

	public Key id() {
		return this.id;
	}

	public boolean granted() {
		return this.granted;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
