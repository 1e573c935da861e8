package com.gridloop.reach.consent;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consent starts as signed, and only a change of the customer's choice returns an
 * event.
 */
class ConsentTest {

	private static final Instant SIGNED = Instant.parse("2026-11-01T00:00:00Z");

	private static final Instant LATER = SIGNED.plusSeconds(3600);

	@Test
	void withdrawalReturnsItsEvent() {
		Consent c = Consent.asSigned("c-1", "SMS", SIGNED);

		assertThat(c.withdraw(LATER)).contains(new ConsentWithdrawn("c-1", "SMS", LATER));
		assertThat(c.granted()).isFalse();
		assertThat(c.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void withdrawingTwiceChangesNothingTheSecondTime() {
		Consent c = Consent.asSigned("c-1", "SMS", SIGNED);
		c.withdraw(LATER);

		assertThat(c.withdraw(LATER.plusSeconds(60))).isEmpty();
		assertThat(c.granted()).isFalse();
		assertThat(c.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void grantingAfterAWithdrawalReturnsItsEvent() {
		Consent c = Consent.asSigned("c-1", "SMS", SIGNED);
		c.withdraw(LATER);

		assertThat(c.grant(LATER.plusSeconds(60))).contains(new ConsentGranted("c-1", "SMS", LATER.plusSeconds(60)));
		assertThat(c.granted()).isTrue();
	}

	@Test
	void grantingTheConsentAsSignedChangesNothing() {
		Consent c = Consent.asSigned("c-1", "SMS", SIGNED);

		assertThat(c.grant(LATER)).isEmpty();
		assertThat(c.granted()).isTrue();
		assertThat(c.updatedAt()).isEqualTo(SIGNED);
	}

}
