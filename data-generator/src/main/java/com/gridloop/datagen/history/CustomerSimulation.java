package com.gridloop.datagen.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;

/**
 * Plays one customer's twelve months in order, so that every draw of a month sees only the months before it. Each
 * concern draws from a stream of its own (seeded by the customer index), so a change to one leaves the others alone.
 */
final class CustomerSimulation {

	static final double CHURN_BASE = -7.6;

	static final double CHURN_PER_COMPLAINT = 2.0;

	static final double CHURN_PER_100_OUTAGE_MINUTES = 0.6;

	static final double CHURN_OUTAGE_MINUTES_CAP = 900;

	static final double CHURN_PER_FALL = 18;

	static final double CHURN_PER_LATE_BILL = 0.2;

	static final double ARREARS_BASE = -6.6;

	static final double ARREARS_PER_RISK = 4.8;

	static final double ARREARS_PER_BILL_JUMP = 1.6;

	static final double ARREARS_AFTER_LATE = 1.4;

	static final double ARREARS_DIRECT_DEBIT = -1.5;

	static final double LATE_BASE = -3.9;

	static final double LATE_PER_RISK = 4.0;

	static final double LATE_AFTER_LATE = 0.9;

	static final double ANONYMOUS_SHARE = 0.30;

	private static final BigDecimal PENALTY_PER_DAY = new BigDecimal("0.001");

	private static final long TRAITS = 0x48_0001L, USAGE = 0x48_0002L, PAYMENTS = 0x48_0003L, TICKETS = 0x48_0004L,
			CHURN = 0x48_0005L, APP = 0x48_0006L, TICKET_IDS = 0x48_0007L;

	/** Households mostly open the app on the way to work, at lunch or in the evening. */
	private static final int[] HOUSEHOLD_HOURS = { 7, 12, 19, 19, 20, 20, 21 };

	private static final DateTimeFormatter TICKET_DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	private final History history;

	private final HistoryWindow window;

	private final SyntheticCustomer customer;

	private final double paymentRisk;

	private final double sensitivity;

	private final double online;

	private final boolean appUser;

	private final int activeFrom;

	private final boolean directDebit;

	private final PayChannel preferred;

	private final int declineFrom;

	private final double decline;

	private final String otherPhone;

	private final String appPhone;

	private final String appUserId;

	private final List<Bill> bills = new ArrayList<>(HistoryWindow.MONTHS);

	private final List<Draft> drafts = new ArrayList<>();

	private final boolean[] late = new boolean[HistoryWindow.MONTHS];

	private final boolean[] arrears = new boolean[HistoryWindow.MONTHS];

	private final double[] arrearsProbability = new double[HistoryWindow.MONTHS];

	private final double[] churnProbability = new double[HistoryWindow.MONTHS];

	private final double[] billJump = new double[HistoryWindow.MONTHS];

	/** A ticket before the call centre records who called. */
	private record Draft(TicketType type, LocalDateTime accept, LocalDateTime handle, String content,
			String resolution) {
	}

	CustomerSimulation(History history, SyntheticCustomer customer) {
		this.history = history;
		this.window = history.window();
		this.customer = customer;
		SplittableRandom rng = random(TRAITS);
		double u = rng.nextDouble();
		this.paymentRisk = u * u;
		this.sensitivity = rng.nextDouble();
		double onlineBase = switch (customer.archetype()) {
			case RESIDENTIAL -> -0.3;
			case RESIDENTIAL_EV -> 0.8;
			case IRRIGATION_SEASONAL -> -1.0;
			default -> 0.0;
		};
		this.online = Draws.sigmoid(onlineBase + 1.2 * rng.nextGaussian());
		this.appUser = rng.nextDouble() < this.online;
		boolean household = customer.category() == Archetype.Category.RESIDENTIAL;
		int hourPick = rng.nextInt(HOUSEHOLD_HOURS.length);
		this.activeFrom = household ? HOUSEHOLD_HOURS[hourPick] : hourPick % 2 == 0 ? 9 : 14;
		// Direct debit is what customers who do not go online sign up for at the bank.
		this.directDebit = rng.nextDouble() < 0.06 + 0.12 * (1 - this.online);
		double channel = rng.nextDouble();
		this.preferred = this.appUser ? (channel < 0.7 ? PayChannel.APP : PayChannel.WECHAT)
				: this.online > 0.4 ? PayChannel.WECHAT : channel < 0.5 ? PayChannel.BANK : PayChannel.COUNTER;
		boolean declining = rng.nextDouble() < 0.10;
		int from = rng.nextInt(HistoryWindow.MONTHS);
		double rate = 0.04 + 0.08 * rng.nextDouble();
		this.declineFrom = declining ? from : -1;
		this.decline = declining ? rate : 0;
		this.otherPhone = Draws.phone(rng);
		String registered = Draws.phone(rng);
		this.appPhone = rng.nextDouble() < 0.07 ? registered : customer.phone();
		this.appUserId = this.appUser
				? String.format(Locale.ROOT, "U%013d", Draws.scramble(customer.index(), history.seed() * 31 + APP))
				: null;
		Arrays.fill(this.arrearsProbability, Double.NaN);
		Arrays.fill(this.churnProbability, Double.NaN);
	}

	private SplittableRandom random(long stream) {
		return new SplittableRandom(Population.mix(this.history.seed() + stream, this.customer.index()));
	}

	CustomerHistory run() {
		int n = HistoryWindow.MONTHS;
		String area = this.history.transformerArea(this.customer);
		List<Outage> outages = this.history.areas().outages(area);
		long[] outageMinutes = new long[n];
		for (Outage o : outages) {
			int m = this.window.indexOf(YearMonth.from(o.start()));
			if (!o.planned() && m >= 0 && m < n) {
				outageMinutes[m] += o.minutes();
			}
		}
		SplittableRandom usage = random(USAGE), pay = random(PAYMENTS), calls = random(TICKETS),
				leave = random(CHURN);
		int closedMonth = n;
		LocalDate closedDate = null;
		for (int m = 0; m < n && m <= closedMonth; m++) {
			YearMonth month = this.window.month(m);
			LocalDate last = m == closedMonth ? closedDate : month.atEndOfMonth();
			double expected = this.history.consumption().kwh(this.customer, month.atDay(1), last) * drift(m);
			long kwh = Math.max(1, Math.round(expected * Math.exp(0.03 * usage.nextGaussian() - 0.00045)));
			this.bills.add(bill(m, month, kwh, pay));
			calls(m, month, last, outages, calls);
			if (m == closedMonth) {
				if (calls.nextDouble() < 0.6) {
					LocalDateTime at = closedDate.atTime(9 + calls.nextInt(8), calls.nextInt(60), calls.nextInt(60));
					this.drafts.add(new Draft(TicketType.SERVICE_REQUEST, at, at.plusHours(2 + calls.nextInt(6)),
							TicketTexts.closing(TicketTexts.place(this.customer.address(), calls)), "已办理销户，结清电费"));
				}
			}
			else if (m >= 2 && m + 1 < n) {
				double p = churnProbability(m, outageMinutes);
				this.churnProbability[m] = p;
				if (leave.nextDouble() < p) {
					closedMonth = m + 1;
					YearMonth next = this.window.month(closedMonth);
					closedDate = next.atDay(1 + leave.nextInt(next.lengthOfMonth()));
				}
			}
		}
		LocalDateTime stop = (closedDate == null ? this.window.lastDay() : closedDate).atTime(LocalTime.MAX);
		this.drafts.removeIf(d -> d.accept().isAfter(stop));
		this.drafts.sort(Comparator.comparing(Draft::accept));
		List<Ticket> tickets = identify(calls);
		List<AppEvent> events = this.appUser ? appEvents(stop) : List.of();
		int[] complaints = new int[n];
		for (Ticket t : tickets) {
			int m = this.window.indexOf(YearMonth.from(t.acceptTime()));
			if (t.type() == TicketType.COMPLAINT && m >= 0 && m < n) {
				complaints[m]++;
			}
		}
		List<MonthTruth> months = new ArrayList<>(n);
		for (int m = 0; m < n; m++) {
			months.add(new MonthTruth(this.window.month(m), m < this.bills.size(), this.arrearsProbability[m],
					this.arrears[m], this.churnProbability[m], complaints[m], outageMinutes[m]));
		}
		CustomerTruth truth = new CustomerTruth(this.customer.index(), this.customer.consNo(), area, this.paymentRisk,
				this.sensitivity, this.online, this.appUser, this.appUserId, this.activeFrom,
				this.declineFrom < 0 ? null : this.window.month(this.declineFrom), this.decline,
				closedDate == null ? Optional.empty() : Optional.of(YearMonth.from(closedDate)), closedDate, months);
		return new CustomerHistory(this.customer, area, truth, this.bills, tickets, events);
	}

	/** Planted level of consumption against the customer's usual one (1 before any fall). */
	private double drift(int m) {
		return this.declineFrom < 0 || m < this.declineFrom ? 1 : Math.pow(1 - this.decline, m - this.declineFrom + 1);
	}

	private double churnProbability(int m, long[] outageMinutes) {
		LocalDateTime from = this.window.month(m - 2).atDay(1).atStartOfDay();
		LocalDateTime to = this.window.month(m).atEndOfMonth().atTime(LocalTime.MAX);
		int complaints = 0;
		for (Draft d : this.drafts) {
			if (d.type() == TicketType.COMPLAINT && !d.accept().isBefore(from) && !d.accept().isAfter(to)) {
				complaints++;
			}
		}
		long minutes = outageMinutes[m - 2] + outageMinutes[m - 1] + outageMinutes[m];
		double recent = drift(m - 2) + drift(m - 1) + drift(m);
		double before = drift(m - 5) + drift(m - 4) + drift(m - 3);
		double fall = Math.max(0, 1 - recent / before);
		int lateBills = 0;
		for (int j = Math.max(0, m - 12); j < m; j++) {
			lateBills += this.late[j] ? 1 : 0;
		}
		double z = CHURN_BASE + CHURN_PER_COMPLAINT * complaints
				+ CHURN_PER_100_OUTAGE_MINUTES * Math.min(minutes, CHURN_OUTAGE_MINUTES_CAP) / 100
				+ CHURN_PER_FALL * fall + CHURN_PER_LATE_BILL * lateBills;
		return Draws.sigmoid(z);
	}

	private Bill bill(int m, YearMonth month, long kwh, SplittableRandom pay) {
		BigDecimal amount = Tariffs.pricePerKwh(this.customer.tariffCode()).multiply(BigDecimal.valueOf(kwh))
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
		double pArrears = Draws.sigmoid(ARREARS_BASE + ARREARS_PER_RISK * this.paymentRisk
				+ ARREARS_PER_BILL_JUMP * Math.max(0, Math.min(1.5, jump - 1)) + (recentLate ? ARREARS_AFTER_LATE : 0)
				+ (this.directDebit ? ARREARS_DIRECT_DEBIT : 0));
		double pLate = Draws.sigmoid(LATE_BASE + LATE_PER_RISK * this.paymentRisk + (recentLate ? LATE_AFTER_LATE : 0)
				+ (this.directDebit ? -2 : 0));
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
			paidOn = this.directDebit ? issued.plusDays(1)
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
		return new Bill(this.customer.consNo(), month, kwh, amount, due, paid, paidOn, owe, penalty, channel);
	}

	private PayChannel channel(boolean onTime, double[] u) {
		if (this.directDebit && onTime) {
			return PayChannel.AUTO_DEBIT;
		}
		if (!onTime && u[0] < 0.4) {
			// Reminders and disconnection notices send late payers to the service hall.
			return PayChannel.COUNTER;
		}
		if (u[1] < 0.8) {
			return this.preferred;
		}
		if (u[2] < this.online) {
			return this.appUser ? PayChannel.APP : PayChannel.WECHAT;
		}
		return u[2] < this.online + (1 - this.online) / 2 ? PayChannel.BANK : PayChannel.COUNTER;
	}

	private void calls(int m, YearMonth month, LocalDate last, List<Outage> outages, SplittableRandom rng) {
		double s = this.sensitivity;
		String address = this.customer.address();
		for (Outage o : outages) {
			if (this.window.indexOf(YearMonth.from(o.start())) != m || o.start().toLocalDate().isAfter(last)) {
				continue;
			}
			long minutes = o.minutes();
			if (o.planned()) {
				if (rng.nextDouble() < 0.002 + 0.01 * s * s) {
					LocalDateTime at = o.end().plusMinutes(10 + rng.nextInt(600));
					add(TicketType.COMPLAINT, at, at.plusDays(1 + rng.nextInt(4)),
							TicketTexts.plannedOutageComplaint(rng, TicketTexts.place(address, rng), minutes), rng);
				}
				continue;
			}
			if (rng.nextDouble() < 0.05 + 0.25 * s) {
				long after = 3 + rng.nextInt((int) Math.max(1, Math.min(40, minutes - 3)));
				LocalDateTime at = o.start().plusMinutes(after).plusSeconds(rng.nextInt(60));
				add(TicketType.FAULT_REPAIR, at, o.end().plusMinutes(rng.nextInt(20)),
						TicketTexts.outageFault(rng, TicketTexts.place(address, rng), after), rng);
			}
			// Long outages anger the sensitive: the chance grows with the outage, up to three times at six hours.
			if (rng.nextDouble() < (0.002 + 0.04 * s * s) * Math.min(3, minutes / 120.0)) {
				LocalDateTime at = o.end().plusMinutes(30 + rng.nextInt(36 * 60));
				add(TicketType.COMPLAINT, at, at.plusDays(1 + rng.nextInt(5)).plusHours(rng.nextInt(8)),
						TicketTexts.outageComplaint(rng, TicketTexts.place(address, rng), minutes), rng);
			}
			else if (minutes < 60 && rng.nextDouble() < 0.02) {
				LocalDateTime at = o.end().plusHours(1 + rng.nextInt(24));
				add(TicketType.PRAISE, at, at.plusDays(1), TicketTexts.praise(rng), rng);
			}
		}
		if (m > 0 && this.billJump[m - 1] > 1.35 && last.getDayOfMonth() >= 2) {
			// A bill well above the usual one, issued early this month: questions, and complaints from the sensitive.
			Bill previous = this.bills.get(m - 1);
			if (rng.nextDouble() < 0.12) {
				LocalDateTime at = dayTime(rng, month, 2, Math.min(20, last.getDayOfMonth()));
				add(TicketType.CONSULTATION, at, at.plusMinutes(3 + rng.nextInt(28)),
						TicketTexts.billConsultation(rng, previous.billMonth(), previous.amount()), rng);
			}
			if (rng.nextDouble() < 0.1 * s) {
				LocalDateTime at = dayTime(rng, month, 2, Math.min(20, last.getDayOfMonth()));
				add(TicketType.COMPLAINT, at, at.plusDays(1 + rng.nextInt(5)),
						TicketTexts.billComplaint(rng, previous.billMonth(), previous.amount()), rng);
			}
		}
		boolean household = this.customer.category() == Archetype.Category.RESIDENTIAL;
		int lastDay = last.getDayOfMonth();
		if (rng.nextDouble() < 0.012 + 0.02 * (1 - this.online)) {
			LocalDateTime at = dayTime(rng, month, 1, lastDay);
			add(TicketType.CONSULTATION, at, at.plusMinutes(3 + rng.nextInt(28)),
					TicketTexts.consultation(rng, TicketTexts.place(address, rng)), rng);
		}
		if (rng.nextDouble() < 0.0003 + 0.004 * s * s * s) {
			LocalDateTime at = dayTime(rng, month, 1, lastDay);
			add(TicketType.COMPLAINT, at, at.plusDays(1 + rng.nextInt(5)), TicketTexts.serviceComplaint(rng), rng);
		}
		if (rng.nextDouble() < 0.001) {
			LocalDateTime at = dayTime(rng, month, 1, lastDay);
			add(TicketType.REPORT, at, at.plusDays(1 + rng.nextInt(7)),
					TicketTexts.report(rng, TicketTexts.place(address, rng)), rng);
		}
		if (rng.nextDouble() < 0.001 + 0.003 * this.online) {
			LocalDateTime at = dayTime(rng, month, 1, lastDay);
			add(TicketType.SUGGESTION, at, at.plusDays(1 + rng.nextInt(3)), TicketTexts.suggestion(rng), rng);
		}
		if (rng.nextDouble() < 0.002 * (1 - s)) {
			LocalDateTime at = dayTime(rng, month, 1, lastDay);
			add(TicketType.PRAISE, at, at.plusDays(1), TicketTexts.praise(rng), rng);
		}
		if (rng.nextDouble() < 0.005) {
			LocalDateTime at = dayTime(rng, month, 1, lastDay);
			add(TicketType.SERVICE_REQUEST, at, at.plusDays(1 + rng.nextInt(5)),
					TicketTexts.serviceRequest(rng, TicketTexts.place(address, rng), household), rng);
		}
		if (rng.nextDouble() < 0.004) {
			LocalDateTime at = dayTime(rng, month, 1, lastDay);
			add(TicketType.FAULT_REPAIR, at, at.plusMinutes(45 + rng.nextInt(196)),
					TicketTexts.ownFault(rng, TicketTexts.place(address, rng)), rng);
		}
	}

	private void add(TicketType type, LocalDateTime accept, LocalDateTime handle, String content,
			SplittableRandom rng) {
		this.drafts.add(new Draft(type, accept, handle, content, TicketTexts.resolution(rng, type)));
	}

	/** A moment of office hours (08:00-22:00) on a day between the two days of the month. */
	private static LocalDateTime dayTime(SplittableRandom rng, YearMonth month, int firstDay, int lastDay) {
		int day = firstDay + rng.nextInt(Math.max(1, lastDay - firstDay + 1));
		return month.atDay(day).atTime(8 + rng.nextInt(14), rng.nextInt(60), rng.nextInt(60));
	}

	/** Who the call centre recorded: the account number, or only a phone, the archive's or someone else's. */
	private List<Ticket> identify(SplittableRandom rng) {
		boolean household = this.customer.category() == Archetype.Category.RESIDENTIAL;
		List<Ticket> out = new ArrayList<>(this.drafts.size());
		for (int k = 0; k < this.drafts.size(); k++) {
			if (k >= 1024) {
				throw new IllegalStateException("More than 1024 tickets for customer " + this.customer.index());
			}
			Draft d = this.drafts.get(k);
			boolean anonymous = rng.nextDouble() < ANONYMOUS_SHARE;
			boolean fromOtherPhone = rng.nextDouble() < (anonymous ? 0.5 : 0.1);
			String content = d.content();
			if (fromOtherPhone && rng.nextDouble() < 0.6) {
				content = (household ? "户主" + this.customer.name() + "的家属来电，" : this.customer.name() + "员工来电，")
						+ content;
			}
			long serial = Draws.scramble(this.customer.index() * 1024L + k, this.history.seed() * 131 + TICKET_IDS);
			String id = d.accept().format(TICKET_DAY) + String.format(Locale.ROOT, "%013d", serial);
			out.add(new Ticket(id, anonymous ? "" : this.customer.consNo(),
					fromOtherPhone ? this.otherPhone : this.customer.phone(), d.type(), content, d.accept(), d.handle(),
					d.resolution(), this.customer.consNo()));
		}
		return out;
	}

	private List<AppEvent> appEvents(LocalDateTime stop) {
		SplittableRandom rng = random(APP);
		List<AppEvent> out = new ArrayList<>();
		for (int m = 0; m < HistoryWindow.MONTHS; m++) {
			YearMonth month = this.window.month(m);
			int sessions = Draws.poisson(rng, 0.5 + 6 * this.online);
			for (int s = 0; s < sessions; s++) {
				LocalDateTime at = month.atDay(1 + rng.nextInt(month.lengthOfMonth())).atTime(activeTime(rng));
				boolean viewBill = rng.nextDouble() < 0.6;
				boolean clickOffer = rng.nextDouble() < 0.04;
				event(out, AppEvent.Kind.LOGIN, at);
				if (viewBill) {
					event(out, AppEvent.Kind.VIEW_BILL, at.plusSeconds(60 + rng.nextInt(120)));
				}
				if (clickOffer) {
					event(out, AppEvent.Kind.CLICK_OFFER, at.plusSeconds(120 + rng.nextInt(240)));
				}
			}
		}
		for (Bill b : this.bills) {
			if (b.payChannel() == PayChannel.APP) {
				LocalDateTime at = b.paidDate().atTime(activeTime(rng));
				event(out, AppEvent.Kind.LOGIN, at);
				event(out, AppEvent.Kind.PAY, at.plusSeconds(60 + rng.nextInt(180)));
			}
		}
		out.removeIf(e -> e.ts().toLocalDateTime().isAfter(stop));
		out.sort(Comparator.comparing(AppEvent::ts));
		return out;
	}

	private LocalTime activeTime(SplittableRandom rng) {
		int hour = rng.nextDouble() < 0.85 ? this.activeFrom + rng.nextInt(3) : 7 + rng.nextInt(17);
		return LocalTime.of(hour, rng.nextInt(60), rng.nextInt(60));
	}

	private void event(List<AppEvent> out, AppEvent.Kind kind, LocalDateTime at) {
		out.add(new AppEvent(this.appUserId, this.appPhone, kind,
				at.atOffset(HistoryWindow.ZONE.getRules().getOffset(at))));
	}

}
