package com.gridloop.ingestion.reading;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads local timestamps {@code yyyy-MM-dd HH:mm[:ss]} (space or {@code T}) without allocating, because a meter
 * file has tens of millions of them.
 */
final class Timestamps {

	/** Local day (epoch day) and minute of day; {@code epochDay == Long.MIN_VALUE} when unreadable. */
	static final class Parsed {

		long epochDay = Long.MIN_VALUE;

		int minuteOfDay;

		int second;

		int month;

	}

	private Timestamps() {
	}

	static boolean parse(String s, Parsed out) {
		out.epochDay = Long.MIN_VALUE;
		int n = s.length();
		if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != ' ' && s.charAt(10) != 'T')
				|| s.charAt(13) != ':') {
			return false;
		}
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 2);
		int day = digits(s, 8, 2);
		int hour = digits(s, 11, 2);
		int minute = digits(s, 14, 2);
		int second = 0;
		if (n >= 19 && s.charAt(16) == ':') {
			second = digits(s, 17, 2);
			if (n > 19 && !fractionOfSecondsOnly(s, 19)) {
				return false;
			}
		}
		else if (n != 16) {
			return false;
		}
		if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59) {
			return false;
		}
		try {
			out.epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			return false;
		}
		out.minuteOfDay = hour * 60 + minute;
		out.second = second;
		out.month = month;
		return true;
	}

	private static boolean fractionOfSecondsOnly(String s, int from) {
		if (s.charAt(from) != '.') {
			return false;
		}
		for (int i = from + 1; i < s.length(); i++) {
			if (s.charAt(i) < '0' || s.charAt(i) > '9') {
				return false;
			}
		}
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
