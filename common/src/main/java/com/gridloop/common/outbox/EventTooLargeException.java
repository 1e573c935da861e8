package com.gridloop.common.outbox;

/**
 * An event larger than {@code gridloop.outbox.max-event-size}: refused when it is
 * written, so that it never reaches the outbox (where the broker would refuse it). A REST
 * request that causes one gets a 400 problem naming the event and its size.
 */
public class EventTooLargeException extends IllegalArgumentException {

	public EventTooLargeException(String type, String key, long bytes, long max) {
		super("Event " + type + " for " + abbreviate(key) + " is " + bytes + " bytes; events are limited to " + max
				+ " bytes (gridloop.outbox.max-event-size)");
	}

	private static String abbreviate(String key) {
		return key == null || key.length() <= 80 ? key : key.substring(0, 80) + "...";
	}

}
