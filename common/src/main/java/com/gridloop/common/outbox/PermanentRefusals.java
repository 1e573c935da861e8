package com.gridloop.common.outbox;

import java.util.List;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Errors with which the broker or the producer refuses a record for good: sending it
 * again fails again, so the relay parks it instead of retrying the batch forever.
 */
final class PermanentRefusals {

	private static final List<Class<? extends Throwable>> PERMANENT = List.of(RecordTooLargeException.class,
			RecordBatchTooLargeException.class, SerializationException.class, InvalidTopicException.class,
			InvalidRecordException.class);

	private PermanentRefusals() {
	}

	/**
	 * @return the refusal's class and message, or null when the failure may pass
	 */
	static String reason(Throwable failure) {
		Throwable t = failure;
		for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
			for (Class<? extends Throwable> type : PERMANENT) {
				if (type.isInstance(t)) {
					return t.getClass().getSimpleName() + ": " + t.getMessage();
				}
			}
		}
		return null;
	}

}
