package com.gridloop.profile.segmentation;

/** Where a segmentation run stands. */
public enum RunStatus {

	/** Registered, waiting for the lock. */
	QUEUED,
	/** Sampling, fitting and assigning. */
	RUNNING,
	/** Memberships written; not the current run until its models are recorded too. */
	SEGMENTED,
	/** The current run, once it is the newest to get here. */
	SUCCEEDED,
	/** Ended by an error at any step. */
	FAILED,
	/** Not started: another replica held the lock. */
	SKIPPED,
	/** Stopped between two steps on request. */
	CANCELLED;

	boolean ended() {
		return this == SUCCEEDED || this == FAILED || this == SKIPPED || this == CANCELLED;
	}

}
