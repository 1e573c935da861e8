package com.gridloop.reach.calllist;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What came of a call or visit on a task.
 *
 * @param callBackAt when to call again; required for CALL_BACK
 * @param note the manager's note, at most 500 characters
 */
public record TaskOutcomeRequest(@NotNull Result outcome, @Size(max = 500) String note, Instant callBackAt) {

	/** What the manager found. CONVERTED, REFUSED and WRONG_NUMBER close the task. */
	public enum Result {

		REACHED(false), INTERESTED(false), CONVERTED(true), REFUSED(true), WRONG_NUMBER(true), CALL_BACK(false);

		private final boolean closes;

		Result(boolean closes) {
			this.closes = closes;
		}

		/** Whether the task leaves the call list. */
		public boolean closes() {
			return this.closes;
		}

	}

}
