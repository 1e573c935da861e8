package com.gridloop.ingestion.usage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Band calendars and the tariff codes that use them, read from {@code tariffs/*.csv}: a
 * tariff is data, not code. A tariff code nobody listed falls back to the calendar of its
 * electricity category.
 */
@Component
public class TariffCalendars {

	/** The clock Chinese tariffs are published on. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Map<String, BandCalendar> calendars = new HashMap<>();

	private final Map<String, BandCalendar> byTariff = new HashMap<>();

	public TariffCalendars() {
		Map<String, Band[][]> grids = new HashMap<>();
		for (String[] row : read("tariffs/band-calendars.csv")) {
			Band[][] grid = grids.computeIfAbsent(row[0], k -> new Band[12][24]);
			Band band = Band.valueOf(row[2]);
			for (int[] months : ranges(row[1])) {
				for (int m = months[0]; m <= months[1]; m++) {
					for (int[] hours : ranges(row[3])) {
						for (int h = hours[0]; h < hours[1]; h++) {
							grid[m - 1][h] = band;
						}
					}
				}
			}
		}
		grids.forEach((name, grid) -> {
			for (int m = 0; m < 12; m++) {
				for (int h = 0; h < 24; h++) {
					if (grid[m][h] == null) {
						throw new IllegalStateException(
								"Calendar " + name + " leaves month " + (m + 1) + " hour " + h + " without a band");
					}
				}
			}
			this.calendars.put(name, BandCalendar.hourly(name, CHINA, grid));
		});
		this.calendars.put("LCL_DTOU_2013", lowCarbonLondon());
		for (String[] row : read("tariffs/tariff-codes.csv")) {
			BandCalendar calendar = this.calendars.get(row[1]);
			if (calendar == null) {
				throw new IllegalStateException("Tariff " + row[0] + " names unknown calendar " + row[1]);
			}
			this.byTariff.put(row[0], calendar);
		}
	}

	public boolean knows(String tariffCode) {
		return this.byTariff.containsKey(tariffCode);
	}

	/** The calendar of a tariff, or of the category when the tariff is unknown. */
	public BandCalendar forTariff(String tariffCode, String category) {
		BandCalendar c = this.byTariff.get(tariffCode);
		if (c != null) {
			return c;
		}
		return this.calendars.get("RESIDENTIAL".equals(category) ? "HUBEI_RES_TOU" : "HUBEI_CI");
	}

	/**
	 * The Low Carbon London 2013 dynamic time-of-use signal (UK Power Networks, open
	 * data): High is the peak band, Low the valley, Normal the flat band; outside 2013
	 * every half-hour is Normal. Like the trial's meter readings its times are GMT all
	 * year (48 half-hours on every day, none missing or repeated at the clock changes).
	 */
	private static BandCalendar lowCarbonLondon() {
		Map<Long, Band> schedule = new HashMap<>();
		for (String[] row : read("tariffs/lcl-dtou-2013.csv")) {
			java.time.LocalDateTime t = java.time.LocalDateTime.parse(row[0].replace(' ', 'T'));
			Band band = switch (row[1]) {
				case "High" -> Band.PEAK;
				case "Low" -> Band.VALLEY;
				default -> Band.FLAT;
			};
			schedule.put(t.toLocalDate().toEpochDay() * 48 + (t.getHour() * 60 + t.getMinute()) / 30, band);
		}
		return BandCalendar.dynamic("LCL_DTOU_2013", ZoneOffset.UTC, schedule, Band.FLAT);
	}

	private static List<int[]> ranges(String spec) {
		return java.util.Arrays.stream(spec.split(";")).map(r -> {
			String[] ends = r.split("-");
			return new int[] { Integer.parseInt(ends[0].trim()), Integer.parseInt(ends[1].trim()) };
		}).toList();
	}

	private static List<String[]> read(String resource) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			return in.lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.skip(1)
				.map(l -> l.split(",", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
