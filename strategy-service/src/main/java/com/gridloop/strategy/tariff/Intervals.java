package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Interval readings of a bill simulation: read and checked element by element, then
 * summed into local months on the tariff's calendar.
 */
final class Intervals {

	/** A year and a bit of 5-minute intervals. */
	static final int MAX = 110_000;

	/** One reading: kWh over the interval starting at {@code start}. */
	record Interval(Instant start, BigDecimal kwh) {
	}

	/** Input that cannot be billed, naming the first bad element. */
	static final class BadInput extends RuntimeException {

		BadInput(String message) {
			super(message);
		}

	}

	private Intervals() {
	}

	/**
	 * Reads {@code [[timestamp, kWh], ...]}: timestamps with an offset, in order, one
	 * interval apart or more, starting on an interval boundary of the tariff's local
	 * clock; every offset is the first one's or the tariff zone's at that moment.
	 */
	static List<Interval> read(JsonNode node, int minutes, ZoneId zone) {
		if (node == null || !node.isArray() || node.isEmpty()) {
			throw new BadInput("intervals: give at least one [timestamp, kWh] pair");
		}
		if (node.size() > MAX) {
			throw new BadInput("intervals: at most " + MAX + " intervals per simulation, got " + node.size());
		}
		List<Interval> intervals = new ArrayList<>(node.size());
		ZoneOffset firstOffset = null;
		Instant previous = null;
		for (int i = 0; i < node.size(); i++) {
			JsonNode e = node.get(i);
			String at = "intervals[" + i + "]";
			if (!e.isArray() || e.size() != 2) {
				throw new BadInput(at + ": expected [timestamp, kWh]");
			}
			OffsetDateTime start = timestamp(e.get(0), at + "[0]");
			if (!e.get(1).isNumber()) {
				throw new BadInput(at + "[1]: expected a number of kWh, got " + e.get(1));
			}
			BigDecimal kwh = e.get(1).decimalValue();
			if (kwh.signum() < 0) {
				throw new BadInput(at + "[1]: negative kWh " + kwh.toPlainString());
			}
			Instant instant = start.toInstant();
			if (firstOffset == null) {
				firstOffset = start.getOffset();
			}
			else if (!start.getOffset().equals(firstOffset)
					&& !start.getOffset().equals(zone.getRules().getOffset(instant))) {
				throw new BadInput(at + "[0]: offset " + start.getOffset() + " mixes with the first interval's "
						+ firstOffset + " and is not " + zone + "'s at that time");
			}
			ZonedDateTime local = instant.atZone(zone);
			if (local.getMinute() % minutes != 0 || local.getSecond() != 0 || local.getNano() != 0) {
				throw new BadInput(at + "[0]: " + start + " does not start on a " + minutes + "-minute boundary of "
						+ zone + " time");
			}
			if (previous != null) {
				if (instant.isBefore(previous)) {
					throw new BadInput(at + "[0]: " + start + " is before intervals[" + (i - 1) + "] (unsorted)");
				}
				if (instant.isBefore(previous.plusSeconds(minutes * 60L))) {
					throw new BadInput(at + "[0]: " + start + " overlaps intervals[" + (i - 1) + "]");
				}
			}
			previous = instant;
			intervals.add(new Interval(instant, kwh));
		}
		return intervals;
	}

	private static OffsetDateTime timestamp(JsonNode node, String at) {
		if (!node.isString()) {
			throw new BadInput(at + ": expected an ISO-8601 timestamp with an offset, got " + node);
		}
		try {
			return OffsetDateTime.parse(node.asString());
		}
		catch (DateTimeParseException ex) {
			throw new BadInput(at + ": " + node.asString() + " is not an ISO-8601 timestamp with an offset");
		}
	}

	/**
	 * Local months of the tariff: kWh in total and per band (an interval longer than the
	 * calendar's slot is split evenly over its slots), the largest interval kWh × 60 /
	 * interval minutes as maximum demand, and the days with readings.
	 */
	static List<MonthUsage> months(List<Interval> intervals, int minutes, TariffVersions tariff,
			BigDecimal powerFactor) {
		ZoneId zone = tariff.zone();
		Map<YearMonth, Sum> sums = new LinkedHashMap<>();
		for (Interval i : intervals) {
			ZonedDateTime local = i.start().atZone(zone);
			YearMonth month = YearMonth.from(local);
			Sum sum = sums.computeIfAbsent(month, m -> new Sum());
			sum.add(tariff.at(month).calendar(), i, minutes, local.toLocalDate());
		}
		List<MonthUsage> months = new ArrayList<>();
		BigDecimal toHour = BigDecimal.valueOf(60).divide(BigDecimal.valueOf(minutes), MathContext.DECIMAL64);
		sums.forEach((month, s) -> months
			.add(new MonthUsage(month, s.kwh, s.bands, s.maxKwh.multiply(toHour), powerFactor, s.days.size())));
		return months;
	}

	private static final class Sum {

		BigDecimal kwh = BigDecimal.ZERO;

		BigDecimal maxKwh = BigDecimal.ZERO;

		final Map<Band, BigDecimal> bands = new EnumMap<>(Band.class);

		final Set<LocalDate> days = new HashSet<>();

		void add(BandCalendar calendar, Interval i, int minutes, LocalDate day) {
			this.kwh = this.kwh.add(i.kwh());
			this.maxKwh = this.maxKwh.max(i.kwh());
			this.days.add(day);
			if (calendar == null) {
				return;
			}
			int slots = Math.max(1, minutes / calendar.slotMinutes());
			BigDecimal share = slots == 1 ? i.kwh() : i.kwh().divide(BigDecimal.valueOf(slots), MathContext.DECIMAL64);
			for (int s = 0; s < slots; s++) {
				Band band = calendar.band(i.start().plusSeconds(s * calendar.slotMinutes() * 60L));
				this.bands.merge(band, share, BigDecimal::add);
			}
		}

	}

}
