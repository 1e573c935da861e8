package com.gridloop.common.event;

/**
 * An event that can never be handled as it is: it goes to the dead-letter topic, not back
 * for a retry.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

}
