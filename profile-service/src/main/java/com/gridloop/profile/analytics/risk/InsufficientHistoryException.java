package com.gridloop.profile.analytics.risk;

/**
 * The history cannot train or evaluate a model yet: one outcome only, or an empty side of
 * the time split.
 */
public class InsufficientHistoryException extends IllegalArgumentException {

	public InsufficientHistoryException(String message) {
		super(message);
	}

}
