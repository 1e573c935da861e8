package com.gridloop.datagen.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.gridloop.datagen.GeneratorConfig;

/**
 * The twelve bill months a history covers: the calendar months up to an end date, the
 * last being the last month complete on that day (local time, Asia/Shanghai). Months are
 * numbered 0 to 11; models train on the first nine and are evaluated on the last three.
 *
 * @param firstMonth the first of the twelve months
 */
public record HistoryWindow(YearMonth firstMonth) {

	/** Local time of every date and time the history writes. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final int MONTHS = 12;

	/** Months 0-8 are for training; what happens in months 9-11 is held out. */
	public static final int TRAINING_MONTHS = 9;

	/** A bill falls due this many days after its month ends. */
	public static final int DUE_DAYS = 15;

	/** A bill still not paid in full this many days after its due date is in arrears. */
	public static final int ARREARS_DAYS = 30;

	/**
	 * The twelve months up to the end date; a month the end date cuts short is left out.
	 */
	public static HistoryWindow endingOn(LocalDate end) {
		YearMonth last = YearMonth.from(end.plusDays(1)).minusMonths(1);
		return new HistoryWindow(last.minusMonths(MONTHS - 1));
	}

	/** The twelve months up to the last day of the configuration's reading period. */
	public static HistoryWindow of(GeneratorConfig config) {
		return endingOn(config.firstDay().plusDays(config.days() - 1L));
	}

	public YearMonth month(int index) {
		return this.firstMonth.plusMonths(index);
	}

	public YearMonth lastMonth() {
		return month(MONTHS - 1);
	}

	/** Position of a month in the window (negative before it, 12 or more after it). */
	public int indexOf(YearMonth month) {
		return (int) this.firstMonth.until(month, ChronoUnit.MONTHS);
	}

	public LocalDate firstDay() {
		return this.firstMonth.atDay(1);
	}

	public LocalDate lastDay() {
		return lastMonth().atEndOfMonth();
	}

	public int days() {
		return (int) ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	/** First month held out from training (month 9). */
	public YearMonth heldOutFrom() {
		return month(TRAINING_MONTHS);
	}

	public static LocalDate dueDate(YearMonth billMonth) {
		return billMonth.atEndOfMonth().plusDays(DUE_DAYS);
	}

	/** First day on which a bill not yet paid in full counts as arrears. */
	public static LocalDate arrearsDate(YearMonth billMonth) {
		return dueDate(billMonth).plusDays(ARREARS_DAYS);
	}

	/**
	 * The billing extract is taken on the day the last bill's arrears status is known, so
	 * that every bill's arrears can be read from the file; later payments do not show.
	 */
	public LocalDate paymentsObservedUntil() {
		return arrearsDate(lastMonth());
	}

}
