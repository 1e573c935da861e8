package com.gridloop.reach.plan;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.gridloop.reach.policy.PolicyProperties;
import com.gridloop.reach.task.TaskProperties;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How reach contacts a campaign's customers, as configured: the frequency caps, the quiet
 * hours and the wait for the active hour, and how long after an unanswered message an
 * account manager's task follows. The campaign wizard shows it before launch.
 */
@RestController
record ContactPlanController(PolicyProperties policy, TaskProperties tasks) {

	/**
	 * The contact policy and the fallback.
	 *
	 * @param caps at most {@code max} marketing contacts per {@code windowHours}, on one
	 * channel or (channel null) on all
	 * @param transactionalOffers offers exempt from the caps
	 * @param fallbackMinutes how long after a message without a read, click or reply an
	 * account manager's task follows, unless the campaign sets its own hours
	 */
	record ContactPlan(String zone, boolean quietHours, LocalTime quietStart, LocalTime quietEnd,
			boolean sendAtActiveHour, List<Cap> caps, Set<String> transactionalOffers, long fallbackMinutes) {
	}

	/** One frequency cap. */
	record Cap(String channel, long windowHours, int max) {
	}

	@GetMapping("/api/v1/reach/contact-plan")
	ContactPlan plan() {
		return new ContactPlan(this.policy.zone().getId(), this.policy.quietHours(), this.policy.quietStart(),
				this.policy.quietEnd(), this.policy.sendAtActiveHour(),
				this.policy.caps().stream().map(c -> new Cap(c.channel(), c.window().toHours(), c.max())).toList(),
				this.policy.transactionalOffers(), this.tasks.fallbackWindow().toMinutes());
	}

}
