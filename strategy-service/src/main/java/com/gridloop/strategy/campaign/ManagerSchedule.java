package com.gridloop.strategy.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.strategy.offer.Channel;

/**
 * Plans account managers' offline actions week by week: in priority order, each manager
 * takes up to their weekly capacity of visits in the launch week, and the rest are queued
 * for the weeks after, never dropped. Control targets are never visited and take no
 * capacity.
 */
final class ManagerSchedule {

	/** The planned list and how many actions were queued beyond the launch week. */
	record Scheduled(List<TargetAssigned> targets, int queued) {
	}

	private ManagerSchedule() {
	}

	static Scheduled plan(List<TargetAssigned> ranked, LocalDate launchDay, int weeklyCapacity) {
		LocalDate week = launchDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Map<String, Integer> taken = new HashMap<>();
		List<TargetAssigned> out = new ArrayList<>(ranked.size());
		int queued = 0;
		for (TargetAssigned t : ranked) {
			if (t.channel() != Channel.MANAGER_VISIT || t.arm() != Arm.TREATMENT) {
				out.add(t);
				continue;
			}
			if (t.manager() == null) {
				out.add(t.scheduled(null, week, t.similarCustomers()));
				continue;
			}
			int n = taken.merge(t.manager(), 1, Integer::sum) - 1;
			int weeksLater = n / Math.max(1, weeklyCapacity);
			if (weeksLater > 0) {
				queued++;
			}
			out.add(t.scheduled(t.manager(), week.plusWeeks(weeksLater), t.similarCustomers()));
		}
		return new Scheduled(out, queued);
	}

}
