package com.gridloop.datagen.history;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A power outage of a transformer area, local time; planned ones are notified in advance.
 */
public record Outage(String transformerArea, LocalDateTime start, LocalDateTime end, boolean planned) {

	public long minutes() {
		return Duration.between(this.start, this.end).toMinutes();
	}

}
