package com.gridloop.reach.outcome;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An outcome to record.
 *
 * @param source where it was observed: CHANNEL (a reply), MANAGER (an account manager's
 * call or visit) or BUSINESS_SYSTEM (for example the tariff change in the marketing
 * system, which counts for control targets too)
 * @param occurredAt when it happened; now when left out
 */
public record OutcomeRequest(@NotNull UUID campaignId, @NotBlank String customerId, @NotNull Outcome outcome,
		@NotNull Source source, Instant occurredAt) {

	/**
	 * What the customer did; WRONG_NUMBER and CALL_BACK come from account managers' call
	 * lists.
	 */
	public enum Outcome {

		REACHED, INTERESTED, CONVERTED, REFUSED, WRONG_NUMBER, CALL_BACK

	}

	/** Who observed it. */
	public enum Source {

		CHANNEL, MANAGER, BUSINESS_SYSTEM

	}

}
