package com.gridloop.ingestion.read;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.gridloop.ingestion.quarantine.Reason;

/**
 * Typed access to one row's fields by logical name, for CSV rows and JSON lines alike.
 * Every failure is a {@link RowRejected} naming the field and the value, so the row goes
 * to quarantine with a useful message: text longer than its column allows, numbers
 * outside their column's range, timestamps that are not ISO-8601.
 */
public final class Fields {

	/**
	 * Digits a number may have before it is not read at all (a 40-digit value is out of
	 * any range anyway).
	 */
	private static final int MAX_NUMBER_LENGTH = 40;

	private final Function<String, String> raw;

	private final ZoneId zone;

	private final ToIntFunction<String> maxLength;

	private final Timestamps.Parsed parsed = new Timestamps.Parsed();

	/**
	 * @param raw the field's text by logical name, null when the row has no such field
	 * @param zone the zone timestamps without an offset are written in
	 * @param maxLength the longest text each logical column may hold
	 */
	public Fields(Function<String, String> raw, ZoneId zone, ToIntFunction<String> maxLength) {
		this.raw = raw;
		this.zone = zone;
		this.maxLength = maxLength;
	}

	/**
	 * The trimmed text, or null when empty or absent; longer than the column allows is
	 * refused.
	 */
	public String text(String name) throws RowRejected {
		String v = this.raw.apply(name);
		if (v == null) {
			return null;
		}
		v = v.strip();
		if (v.isEmpty()) {
			return null;
		}
		int max = this.maxLength.applyAsInt(name);
		if (v.length() > max) {
			throw new RowRejected(Reason.FIELD_TOO_LONG,
					name + " has " + v.length() + " characters; at most " + max + " are allowed");
		}
		return v;
	}

	public String required(String name) throws RowRejected {
		String v = text(name);
		if (v == null) {
			throw new RowRejected(Reason.MISSING_VALUE, name + " is empty");
		}
		return v;
	}

	/**
	 * A decimal number within [min, max]; NaN, infinities and text are refused as
	 * {@code BAD_NUMBER}, a value outside the range as {@code OUT_OF_RANGE} naming the
	 * limit.
	 */
	public BigDecimal decimal(String name, boolean required, BigDecimal min, BigDecimal max) throws RowRejected {
		String v = required ? required(name) : text(name);
		if (v == null) {
			return null;
		}
		BigDecimal d;
		try {
			d = v.length() > MAX_NUMBER_LENGTH ? null : new BigDecimal(v);
		}
		catch (NumberFormatException ex) {
			throw new RowRejected(Reason.BAD_NUMBER, name + " is not a number: " + v);
		}
		if (d == null || d.compareTo(min) < 0 || d.compareTo(max) > 0) {
			throw new RowRejected(Reason.OUT_OF_RANGE,
					name + " " + abbreviate(v) + " is outside " + min.toPlainString() + " .. " + max.toPlainString());
		}
		return d;
	}

	/**
	 * A number of at least zero and at most max; a negative one is
	 * {@code NEGATIVE_VALUE}.
	 */
	public BigDecimal nonNegative(String name, boolean required, BigDecimal max) throws RowRejected {
		String v = required ? required(name) : text(name);
		if (v != null && v.startsWith("-") && !v.matches("-0*(\\.0*)?")) {
			throw new RowRejected(Reason.NEGATIVE_VALUE, name + " is negative: " + abbreviate(v));
		}
		return decimal(name, required, BigDecimal.ZERO, max);
	}

	/** A date ({@code yyyy-MM-dd}), or a timestamp's date in the source's zone. */
	public LocalDate date(String name, boolean required) throws RowRejected {
		String v = required ? required(name) : text(name);
		if (v == null) {
			return null;
		}
		if (!Timestamps.parseDateOrTime(v, this.parsed)) {
			throw new RowRejected(Reason.BAD_TIMESTAMP, name + " is not a date (yyyy-MM-dd or ISO-8601): " + v);
		}
		if (!this.parsed.hasOffset()) {
			return LocalDate.ofEpochDay(this.parsed.epochDay);
		}
		return toOffsetDateTime().atZoneSameInstant(this.zone).toLocalDate();
	}

	/**
	 * A day given as a date or as the midnight that starts it (registers are frozen at
	 * 00:00), in any form {@link #time} reads; another time of day is refused.
	 */
	public LocalDate midnight(String name) throws RowRejected {
		String v = required(name);
		if (!Timestamps.parseDateOrTime(v, this.parsed)) {
			throw new RowRejected(Reason.BAD_TIMESTAMP, name + " is not a date (yyyy-MM-dd or ISO-8601): " + v);
		}
		OffsetDateTime t = toOffsetDateTime().atZoneSameInstant(this.zone).toOffsetDateTime();
		if (t.getHour() != 0 || t.getMinute() != 0 || t.getSecond() != 0 || t.getNano() != 0) {
			throw new RowRejected(Reason.BAD_TIMESTAMP, name + " must be a day's 00:00, not " + t.toLocalTime());
		}
		return t.toLocalDate();
	}

	/** A month: {@code yyyy-MM}, {@code yyyyMM}, or a date in it. */
	public YearMonth month(String name) throws RowRejected {
		String v = required(name);
		try {
			if (v.length() == 6 && v.chars().allMatch(Character::isDigit)) {
				return YearMonth.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4)));
			}
			return YearMonth.parse(v.length() > 7 ? v.substring(0, 7) : v);
		}
		catch (DateTimeException ex) {
			throw new RowRejected(Reason.BAD_TIMESTAMP, name + " is not a month (yyyy-MM): " + v);
		}
	}

	/**
	 * A timestamp in ISO-8601 or as exports write it ({@code T} or a space, seconds and
	 * fraction optional); its {@code Z} or offset decides the instant, and without one it
	 * is local to the source's zone.
	 */
	public OffsetDateTime time(String name, boolean required) throws RowRejected {
		String v = required ? required(name) : text(name);
		if (v == null) {
			return null;
		}
		if (!Timestamps.parse(v, this.parsed)) {
			throw new RowRejected(Reason.BAD_TIMESTAMP,
					name + " is not a timestamp (yyyy-MM-dd HH:mm[:ss], ISO-8601 with Z or an offset): " + v);
		}
		return toOffsetDateTime();
	}

	private OffsetDateTime toOffsetDateTime() {
		Timestamps.Parsed p = this.parsed;
		LocalDateTime local = LocalDate.ofEpochDay(p.epochDay)
			.atTime(p.minuteOfDay / 60, p.minuteOfDay % 60, p.second, p.nanos);
		if (p.hasOffset()) {
			return local.atOffset(ZoneOffset.ofTotalSeconds(p.offsetSeconds));
		}
		return local.atZone(this.zone).toOffsetDateTime();
	}

	public boolean bool(String name) throws RowRejected {
		String v = required(name).toLowerCase(Locale.ROOT);
		return switch (v) {
			case "true", "t", "1", "y", "yes", "是" -> true;
			case "false", "f", "0", "n", "no", "否" -> false;
			default -> throw new RowRejected(Reason.BAD_NUMBER, name + " is not true or false: " + v);
		};
	}

	/** Refuses a time after now: nothing in a source can have happened in the future. */
	public static void notFuture(String name, OffsetDateTime t) throws RowRejected {
		if (t != null && t.toInstant().isAfter(Instant.now())) {
			throw new RowRejected(Reason.FUTURE_TIMESTAMP, name + " is in the future: " + t);
		}
	}

	/**
	 * Refuses a day after today in the source's zone (a day can be null): no date in a
	 * source can lie in the future.
	 */
	public LocalDate notAfterToday(String name, LocalDate day) throws RowRejected {
		if (day != null && day.isAfter(LocalDate.now(this.zone))) {
			throw new RowRejected(Reason.FUTURE_TIMESTAMP, name + " is in the future: " + day);
		}
		return day;
	}

	private static String abbreviate(String v) {
		return v.length() <= 50 ? v : v.substring(0, 47) + "...";
	}

}
