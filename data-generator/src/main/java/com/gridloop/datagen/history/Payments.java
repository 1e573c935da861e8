package com.gridloop.datagen.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import com.gridloop.datagen.SyntheticCustomer;

/**
 * One customer's bills month by month and how each was paid: arrears and late payment
 * follow the payment risk, a bill well above the earlier ones and a late previous bill.
 */
final class Payments {

	static final double ARREARS_BASE = -6.6;

	static final double ARREARS_PER_RISK = 4.8;

	static final double ARREARS_PER_BILL_JUMP = 1.6;

	static final double ARREARS_AFTER_LATE = 1.4;

	static final double ARREARS_DIRECT_DEBIT = -1.5;

	static final double LATE_BASE = -3.9;

	static final double LATE_PER_RISK = 4.0;

	static final double LATE_AFTER_LATE = 0.9;

	private static final BigDecimal PENALTY_PER_DAY = new BigDecimal("0.001");

	private final SyntheticCustomer customer;

	private final CustomerTraits traits;

	private final HistoryWindow window;

	private final List<Bill> bills = new ArrayList<>(HistoryWindow.MONTHS);

	private final boolean[] late = new boolean[HistoryWindow.MONTHS];

	private final boolean[] arrears = new boolean[HistoryWindow.MONTHS];

	private final double[] arrearsProbability = new double[HistoryWindow.MONTHS];

	private final double[] billJump = new double[HistoryWindow.MONTHS];

	Payments(SyntheticCustomer customer, CustomerTraits traits, HistoryWindow window) {
		this.customer = customer;
		this.traits = traits;
		this.window = window;
		Arrays.fill(this.arrearsProbability, Double.NaN);
	}

	/** Bills issued so far, one per month from the first. */
	List<Bill> bills() {
		return this.bills;
	}

	/** Whether month m's bill was not paid in full by its due date. */
	boolean late(int m) {
		return this.late[m];
	}

	boolean arrears(int m) {
		return this.arrears[m];
	}

	/**
	 * The planted chance of month m's bill going into arrears, NaN for months without a
	 * bill.
	 */
	double arrearsProbability(int m) {
		return this.arrearsProbability[m];
	}

	/** Month m's bill against the mean of the (up to twelve) bills before it. */
	double billJump(int m) {
		return this.billJump[m];
	}

	/** Late bills of the twelve months before month m. */
	int lateBillsBefore(int m) {
		int count = 0;
		for (int j = Math.max(0, m - 12); j < m; j++) {
			count += this.late[j] ? 1 : 0;
		}
		return count;
	}

	/**
	 * Issues month m's bill for the kWh and draws its payment from the payment stream.
	 */
	Bill issue(int m, YearMonth month, long kwh, SplittableRandom pay) {
		BigDecimal amount = Tariffs.pricePerKwh(this.customer.tariffCode())
			.multiply(BigDecimal.valueOf(kwh))
			.setScale(2, RoundingMode.HALF_UP);
		double earlier = 0;
		int count = 0;
		for (int j = Math.max(0, m - 12); j < m; j++) {
			earlier += this.bills.get(j).amount().doubleValue();
			count++;
		}
		double jump = count == 0 || earlier <= 0 ? 1 : amount.doubleValue() / (earlier / count);
		this.billJump[m] = jump;
		boolean recentLate = m > 0 && this.late[m - 1];
		double risk = this.traits.paymentRisk();
		boolean directDebit = this.traits.directDebit();
		double pArrears = Draws.sigmoid(
				ARREARS_BASE + ARREARS_PER_RISK * risk + ARREARS_PER_BILL_JUMP * Math.max(0, Math.min(1.5, jump - 1))
						+ (recentLate ? ARREARS_AFTER_LATE : 0) + (directDebit ? ARREARS_DIRECT_DEBIT : 0));
		double pLate = Draws
			.sigmoid(LATE_BASE + LATE_PER_RISK * risk + (recentLate ? LATE_AFTER_LATE : 0) + (directDebit ? -2 : 0));
		this.arrearsProbability[m] = pArrears;
		double u = pay.nextDouble(), kind = pay.nextDouble(), when = pay.nextDouble(), share = pay.nextDouble();
		double[] channelDraws = { pay.nextDouble(), pay.nextDouble(), pay.nextDouble() };
		LocalDate due = HistoryWindow.dueDate(month);
		LocalDate issued = month.atEndOfMonth().plusDays(1 + pay.nextInt(3));
		LocalDate paidOn;
		BigDecimal paid = amount;
		boolean onTime = false;
		if (u < pArrears) {
			this.arrears[m] = true;
			if (kind < 0.5) {
				// Paid in full after the arrears date, after reminders.
				paidOn = due.plusDays(HistoryWindow.ARREARS_DAYS + 1 + (long) (when * 90));
			}
			else if (kind < 0.7) {
				paidOn = due.plusDays(-5 + (long) (when * 36));
				paid = amount.multiply(BigDecimal.valueOf(0.3 + 0.4 * share)).setScale(2, RoundingMode.HALF_UP);
			}
			else {
				paidOn = null;
			}
		}
		else if (u < pArrears + (1 - pArrears) * pLate) {
			paidOn = due.plusDays(1 + (long) (29 * Math.pow(when, 1.5)));
		}
		else {
			onTime = true;
			paidOn = directDebit ? issued.plusDays(1)
					: issued.plusDays((long) (when * (ChronoUnit.DAYS.between(issued, due) + 1)));
		}
		this.late[m] = !onTime;
		LocalDate observed = this.window.paymentsObservedUntil();
		if (paidOn != null && paidOn.isAfter(observed)) {
			paidOn = null;
		}
		if (paidOn == null) {
			paid = BigDecimal.ZERO.setScale(2);
		}
		BigDecimal owe = amount.subtract(paid);
		long lateUntilPaid = paidOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, paidOn));
		LocalDate owingFrom = paidOn == null || paidOn.isBefore(due) ? due : paidOn;
		long lateAfterPayment = owe.signum() > 0 ? Math.max(0, ChronoUnit.DAYS.between(owingFrom, observed)) : 0;
		BigDecimal penalty = amount.multiply(BigDecimal.valueOf(lateUntilPaid))
			.add(owe.multiply(BigDecimal.valueOf(lateAfterPayment)))
			.multiply(PENALTY_PER_DAY)
			.setScale(2, RoundingMode.HALF_UP);
		PayChannel channel = paidOn == null ? null : channel(onTime, channelDraws);
		Bill bill = new Bill(this.customer.consNo(), month, kwh, amount, due, paid, paidOn, owe, penalty, channel);
		this.bills.add(bill);
		return bill;
	}

	private PayChannel channel(boolean onTime, double[] u) {
		if (this.traits.directDebit() && onTime) {
			return PayChannel.AUTO_DEBIT;
		}
		if (!onTime && u[0] < 0.4) {
			// Reminders and disconnection notices send late payers to the service hall.
			return PayChannel.COUNTER;
		}
		if (u[1] < 0.8) {
			return this.traits.preferred();
		}
		double online = this.traits.online();
		if (u[2] < online) {
			return this.traits.appUser() ? PayChannel.APP : PayChannel.WECHAT;
		}
		return u[2] < online + (1 - online) / 2 ? PayChannel.BANK : PayChannel.COUNTER;
	}

}
