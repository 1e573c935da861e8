package com.gridloop.datagen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Rest days of the Chinese calendar the generator plants (weekends plus the statutory
 * holidays of 2025-2026).
 */
public final class Calendar2026 {

	private static final Set<LocalDate> HOLIDAYS = new HashSet<>();

	static {
		addRange("2025-01-01", 1);
		addRange("2025-01-28", 8);
		addRange("2025-04-04", 3);
		addRange("2025-05-01", 5);
		addRange("2025-05-31", 3);
		addRange("2025-10-01", 8);
		addRange("2026-01-01", 3);
		addRange("2026-02-15", 9);
		addRange("2026-04-04", 3);
		addRange("2026-05-01", 5);
		addRange("2026-06-19", 3);
		addRange("2026-09-25", 3);
		addRange("2026-10-01", 7);
	}

	private Calendar2026() {
	}

	private static void addRange(String first, int days) {
		LocalDate d = LocalDate.parse(first);
		for (int i = 0; i < days; i++) {
			HOLIDAYS.add(d.plusDays(i));
		}
	}

	/** Weekends and statutory holidays. */
	public static boolean isRestDay(LocalDate date) {
		DayOfWeek dow = date.getDayOfWeek();
		return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || HOLIDAYS.contains(date);
	}

}
