package com.gridloop.ingestion.read;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the timestamps of every source without allocating, because a meter file has tens
 * of millions of them: ISO-8601 and the forms exports write, {@code yyyy-MM-dd} then
 * {@code T} or a space, {@code HH:mm}, optional seconds and fraction, and an optional
 * {@code Z} or offset ({@code +08:00}, {@code +0800}, {@code +08}). Without an offset the
 * time is local to the source's zone; with one, the offset decides the instant.
 */
public final class Timestamps {

	/** {@link Parsed#offsetSeconds} of a timestamp written without an offset. */
	public static final int NO_OFFSET = Integer.MIN_VALUE;

	/**
	 * The written date and time and the offset, if any;
	 * {@code epochDay == Long.MIN_VALUE} when unreadable.
	 */
	public static final class Parsed {

		public long epochDay = Long.MIN_VALUE;

		public int minuteOfDay;

		public int second;

		public int nanos;

		public int month;

		public int offsetSeconds = NO_OFFSET;

		public boolean hasOffset() {
			return this.offsetSeconds != NO_OFFSET;
		}

	}

	private Timestamps() {
	}

	/** Reads a timestamp; a date alone is refused (see {@link #parseDateOrTime}). */
	public static boolean parse(String s, Parsed out) {
		return parse(s, out, false);
	}

	/** Reads a date alone ({@code yyyy-MM-dd}, as midnight) or a timestamp. */
	public static boolean parseDateOrTime(String s, Parsed out) {
		return parse(s, out, true);
	}

	private static boolean parse(String s, Parsed out, boolean dateAlone) {
		out.epochDay = Long.MIN_VALUE;
		out.offsetSeconds = NO_OFFSET;
		out.nanos = 0;
		int n = s.length();
		if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
			return false;
		}
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 2);
		int day = digits(s, 8, 2);
		int hour = 0;
		int minute = 0;
		int second = 0;
		int i = 10;
		if (n == 10) {
			if (!dateAlone) {
				return false;
			}
		}
		else {
			if (n < 16 || (s.charAt(10) != ' ' && s.charAt(10) != 'T') || s.charAt(13) != ':') {
				return false;
			}
			hour = digits(s, 11, 2);
			minute = digits(s, 14, 2);
			i = 16;
			if (i < n && s.charAt(i) == ':') {
				if (n < 19) {
					return false;
				}
				second = digits(s, 17, 2);
				i = 19;
				if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
					i = fraction(s, i + 1, out);
					if (i < 0) {
						return false;
					}
				}
			}
			if (i < n && !offset(s, i, out)) {
				return false;
			}
		}
		if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59) {
			return false;
		}
		try {
			out.epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			out.epochDay = Long.MIN_VALUE;
			return false;
		}
		out.minuteOfDay = hour * 60 + minute;
		out.second = second;
		out.month = month;
		return true;
	}

	/**
	 * Reads up to nine fraction digits into nanos; returns the position after them, or
	 * -1.
	 */
	private static int fraction(String s, int from, Parsed out) {
		int i = from;
		int nanos = 0;
		int scale = 100_000_000;
		while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
			if (scale > 0) {
				nanos += (s.charAt(i) - '0') * scale;
				scale /= 10;
			}
			i++;
		}
		if (i == from) {
			return -1;
		}
		out.nanos = nanos;
		return i;
	}

	/** {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM} and nothing after it. */
	private static boolean offset(String s, int at, Parsed out) {
		int n = s.length();
		char sign = s.charAt(at);
		if ((sign == 'Z' || sign == 'z') && at + 1 == n) {
			out.offsetSeconds = 0;
			return true;
		}
		if (sign != '+' && sign != '-') {
			return false;
		}
		int rest = n - at - 1;
		int hours;
		int minutes = 0;
		if (rest == 2) {
			hours = digits(s, at + 1, 2);
		}
		else if (rest == 4) {
			hours = digits(s, at + 1, 2);
			minutes = digits(s, at + 3, 2);
		}
		else if (rest == 5 && s.charAt(at + 3) == ':') {
			hours = digits(s, at + 1, 2);
			minutes = digits(s, at + 4, 2);
		}
		else {
			return false;
		}
		if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
			return false;
		}
		int seconds = hours * 3600 + minutes * 60;
		out.offsetSeconds = sign == '-' ? -seconds : seconds;
		return true;
	}

	private static int digits(String s, int from, int count) {
		int v = 0;
		for (int i = from; i < from + count; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

}
