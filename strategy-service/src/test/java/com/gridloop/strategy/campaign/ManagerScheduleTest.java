package com.gridloop.strategy.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.gridloop.strategy.offer.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Visits beyond a manager's weekly capacity wait for the next weeks; none is dropped. */
class ManagerScheduleTest {

	@Test
	void visitsAboveCapacityAreQueuedForLaterWeeksInPriorityOrder() {
		List<TargetAssigned> ranked = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			ranked.add(target("a-" + i, Arm.TREATMENT, Channel.MANAGER_VISIT, "M001", i));
		}
		ranked.add(target("b-1", Arm.TREATMENT, Channel.MANAGER_VISIT, "M002", 8));
		ranked.add(target("c-1", Arm.CONTROL, Channel.MANAGER_VISIT, "M001", 9));
		ranked.add(target("d-1", Arm.TREATMENT, Channel.SMS, null, 10));
		// Wednesday 2026-12-02: the launch week starts on Monday 2026-11-30.
		ManagerSchedule.Scheduled s = ManagerSchedule.plan(ranked, LocalDate.of(2026, 12, 2), 3);
		LocalDate monday = LocalDate.of(2026, 11, 30);
		assertThat(s.targets()).hasSize(10);
		assertThat(s.targets().subList(0, 7)).extracting(TargetAssigned::scheduledWeek)
			.containsExactly(monday, monday, monday, monday.plusWeeks(1), monday.plusWeeks(1), monday.plusWeeks(1),
					monday.plusWeeks(2));
		assertThat(s.targets().get(7).scheduledWeek()).as("another manager's capacity").isEqualTo(monday);
		assertThat(s.targets().get(8).scheduledWeek()).as("control is never visited").isNull();
		assertThat(s.targets().get(9).scheduledWeek()).as("an SMS takes no visit").isNull();
		assertThat(s.queued()).isEqualTo(4);
	}

	private static TargetAssigned target(String customer, Arm arm, Channel channel, String manager, int priority) {
		return new TargetAssigned("c", customer, arm, "RETENTION_DEDICATED_MANAGER", channel, "r", 100, "t", priority,
				"S", 100, "yuan/year", List.of(), 0.1, 10, null, null, List.of(), manager, null, null);
	}

}
