package com.gridloop.profile.tags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Rest days: weekends and the statutory holidays listed in {@code rest-days.csv}. */
@Component
public class RestDays {

	private final Set<LocalDate> holidays = new HashSet<>();

	public RestDays() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("rest-days.csv").getInputStream(), StandardCharsets.UTF_8))) {
			in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).forEach(l -> {
				String[] f = l.split(",");
				LocalDate first = LocalDate.parse(f[0].trim());
				for (int i = 0; i < Integer.parseInt(f[1].trim()); i++) {
					this.holidays.add(first.plusDays(i));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean isRestDay(LocalDate date) {
		DayOfWeek d = date.getDayOfWeek();
		return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY || this.holidays.contains(date);
	}

}
