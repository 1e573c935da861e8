package com.gridloop.reach.task;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fallback's settings.
 *
 * @param fallbackWindow how long after sending without a read, click or reply a treatment
 * customer becomes a task (48 h), unless the campaign's target sets its own hours; the
 * embedded demo platform shortens it
 * @param defaultCapacity weekly capacity of an assignee the managers file does not list
 * @param followUpDays days a follow-up call is due in
 * @param interval how often the fallback job runs
 */
@ConfigurationProperties("gridloop.reach.tasks")
public record TaskProperties(Duration fallbackWindow, Integer defaultCapacity, Integer followUpDays,
		Duration interval) {

	public TaskProperties {
		fallbackWindow = fallbackWindow == null ? Duration.ofHours(48) : fallbackWindow;
		defaultCapacity = defaultCapacity == null ? 40 : defaultCapacity;
		followUpDays = followUpDays == null ? 2 : followUpDays;
		interval = interval == null ? Duration.ofMinutes(5) : interval;
	}

	/** The default window as a person reads it: {@code 48 h} or {@code 90 min}. */
	String windowText() {
		return this.fallbackWindow.toMinutesPart() == 0 && this.fallbackWindow.toSecondsPart() == 0
				? this.fallbackWindow.toHours() + " h" : Math.max(1, this.fallbackWindow.toMinutes()) + " min";
	}

}
