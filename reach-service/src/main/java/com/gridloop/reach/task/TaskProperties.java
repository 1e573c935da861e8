package com.gridloop.reach.task;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fallback's settings.
 *
 * @param fallbackHours hours after sending without a read, click or reply before a
 * treatment customer becomes a task, unless the campaign's target sets its own
 * @param defaultCapacity weekly capacity of an assignee the managers file does not list
 * @param followUpDays days a follow-up call is due in
 * @param interval how often the fallback job runs
 */
@ConfigurationProperties("gridloop.reach.tasks")
record TaskProperties(Integer fallbackHours, Integer defaultCapacity, Integer followUpDays, Duration interval) {

	TaskProperties {
		fallbackHours = fallbackHours == null ? 48 : fallbackHours;
		defaultCapacity = defaultCapacity == null ? 40 : defaultCapacity;
		followUpDays = followUpDays == null ? 2 : followUpDays;
		interval = interval == null ? Duration.ofMinutes(5) : interval;
	}

}
