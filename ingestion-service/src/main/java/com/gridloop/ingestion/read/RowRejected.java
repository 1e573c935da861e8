package com.gridloop.ingestion.read;

import com.gridloop.ingestion.quarantine.Reason;

/**
 * A row that cannot be accepted, with the reason code and message its quarantine row
 * gets.
 */
public class RowRejected extends Exception {

	private final Reason reason;

	public RowRejected(Reason reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
