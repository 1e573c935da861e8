package com.gridloop.datagen.history;

import java.time.OffsetDateTime;

/**
 * One event of the online channel (网上国网 app): the user is known by an app user id and the
 * phone they registered with, never by the account number.
 */
public record AppEvent(String appUserId, String phone, Kind event, OffsetDateTime ts) {

	/** What the user did. */
	public enum Kind {

		LOGIN, VIEW_BILL, PAY, CLICK_OFFER

	}

}
