package com.gridloop.ingestion.records;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import com.gridloop.ingestion.quarantine.Reason;

/**
 * Typed access to one row's fields by logical name, for CSV rows and JSON lines alike. Every failure is a
 * {@link RowRejected} naming the field and the value, so the row goes to quarantine with a useful message.
 */
public final class Fields {

	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]",
			Locale.ROOT);

	private final Function<String, String> raw;

	private final ZoneId zone;

	/**
	 * @param raw the field's text by logical name, null when the row has no such field
	 * @param zone the zone local timestamps are written in
	 */
	public Fields(Function<String, String> raw, ZoneId zone) {
		this.raw = raw;
		this.zone = zone;
	}

	/** The trimmed text, or null when empty or absent. */
	public String text(String name) {
		String v = this.raw.apply(name);
		if (v == null) {
			return null;
		}
		v = v.strip();
		return v.isEmpty() ? null : v;
	}

	public String required(String name) throws RowRejected {
		String v = text(name);
		if (v == null) {
			throw new RowRejected(Reason.MISSING_VALUE, name + " is empty");
		}
		return v;
	}

	public BigDecimal decimal(String name, boolean required) throws RowRejected {
		String v = required ? required(name) : text(name);
		if (v == null) {
			return null;
		}
		try {
			return new BigDecimal(v);
		}
		catch (NumberFormatException ex) {
			throw new RowRejected(Reason.BAD_NUMBER, name + " is not a number: " + v);
		}
	}

	public BigDecimal nonNegative(String name, boolean required) throws RowRejected {
		BigDecimal v = decimal(name, required);
		if (v != null && v.signum() < 0) {
			throw new RowRejected(Reason.NEGATIVE_VALUE, name + " is negative: " + v);
		}
		return v;
	}

	public LocalDate date(String name, boolean required) throws RowRejected {
		String v = required ? required(name) : text(name);
		if (v == null) {
			return null;
		}
		try {
			return LocalDate.parse(v);
		}
		catch (DateTimeException ex) {
			throw new RowRejected(Reason.BAD_TIMESTAMP, name + " is not a date (yyyy-MM-dd): " + v);
		}
	}

	public YearMonth month(String name) throws RowRejected {
		String v = required(name);
		try {
			return YearMonth.parse(v.length() > 7 ? v.substring(0, 7) : v);
		}
		catch (DateTimeException ex) {
			throw new RowRejected(Reason.BAD_TIMESTAMP, name + " is not a month (yyyy-MM): " + v);
		}
	}

	/** A timestamp with an offset ({@code 2026-06-01T08:15:00+08:00}) or local to the source's zone. */
	public OffsetDateTime time(String name, boolean required) throws RowRejected {
		String v = required ? required(name) : text(name);
		if (v == null) {
			return null;
		}
		try {
			if (v.length() > 19 && (v.charAt(19) == '+' || v.charAt(19) == '-' || v.endsWith("Z"))) {
				return OffsetDateTime.parse(v);
			}
			return LocalDateTime.parse(v.replace('T', ' '), LOCAL_TIME).atZone(this.zone).toOffsetDateTime();
		}
		catch (DateTimeException ex) {
			throw new RowRejected(Reason.BAD_TIMESTAMP, name + " is not a time (yyyy-MM-dd HH:mm:ss): " + v);
		}
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
		if (t != null && t.isAfter(OffsetDateTime.now())) {
			throw new RowRejected(Reason.FUTURE_TIMESTAMP, name + " is in the future: " + t);
		}
	}

}
