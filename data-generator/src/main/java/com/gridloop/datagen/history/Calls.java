package com.gridloop.datagen.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.SyntheticCustomer;

/**
 * One customer's calls to the 95598 hotline: drafted month by month from outages, bills
 * and chance, and identified as tickets (account number, phone) once the months are
 * played.
 */
final class Calls {

	static final double ANONYMOUS_SHARE = 0.30;

	private static final DateTimeFormatter TICKET_DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	/** A ticket before the call centre records who called. */
	private record Draft(TicketType type, LocalDateTime accept, LocalDateTime handle, String content,
			String resolution) {
	}

	private final SyntheticCustomer customer;

	private final CustomerTraits traits;

	private final HistoryWindow window;

	private final Payments payments;

	private final long idSalt;

	private final List<Draft> drafts = new ArrayList<>();

	/** Ticket ids are scrambled with the salt. */
	Calls(SyntheticCustomer customer, CustomerTraits traits, HistoryWindow window, Payments payments, long idSalt) {
		this.customer = customer;
		this.traits = traits;
		this.window = window;
		this.payments = payments;
		this.idSalt = idSalt;
	}

	/** Complaints accepted between the two moments, both included. */
	int complaintsBetween(LocalDateTime from, LocalDateTime to) {
		int complaints = 0;
		for (Draft d : this.drafts) {
			if (d.type() == TicketType.COMPLAINT && !d.accept().isBefore(from) && !d.accept().isAfter(to)) {
				complaints++;
			}
		}
		return complaints;
	}

	/**
	 * Calls of month m up to its last day: after the area's outages, after a high bill,
	 * and by chance.
	 */
	void month(int m, YearMonth month, LocalDate last, List<Outage> outages, SplittableRandom rng) {
		double s = this.traits.sensitivity();
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
			// Long outages anger the sensitive: the chance grows with the outage, up to
			// three times at six hours.
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
		if (m > 0 && this.payments.billJump(m - 1) > 1.35 && last.getDayOfMonth() >= 2) {
			// A bill well above the usual one, issued early this month: questions, and
			// complaints from the sensitive.
			Bill previous = this.payments.bills().get(m - 1);
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
		chance(month, last.getDayOfMonth(), rng);
	}

	private void chance(YearMonth month, int lastDay, SplittableRandom rng) {
		double s = this.traits.sensitivity(), online = this.traits.online();
		String address = this.customer.address();
		boolean household = this.customer.category() == Archetype.Category.RESIDENTIAL;
		if (rng.nextDouble() < 0.012 + 0.02 * (1 - online)) {
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
		if (rng.nextDouble() < 0.001 + 0.003 * online) {
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

	/** Most customers who close the account call to have it closed on the day. */
	void closing(LocalDate closedDate, SplittableRandom rng) {
		if (rng.nextDouble() < 0.6) {
			LocalDateTime at = closedDate.atTime(9 + rng.nextInt(8), rng.nextInt(60), rng.nextInt(60));
			this.drafts.add(new Draft(TicketType.SERVICE_REQUEST, at, at.plusHours(2 + rng.nextInt(6)),
					TicketTexts.closing(TicketTexts.place(this.customer.address(), rng)), "已办理销户，结清电费"));
		}
	}

	private void add(TicketType type, LocalDateTime accept, LocalDateTime handle, String content,
			SplittableRandom rng) {
		this.drafts.add(new Draft(type, accept, handle, content, TicketTexts.resolution(rng, type)));
	}

	/**
	 * A moment of office hours (08:00-22:00) on a day between the two days of the month.
	 */
	private static LocalDateTime dayTime(SplittableRandom rng, YearMonth month, int firstDay, int lastDay) {
		int day = firstDay + rng.nextInt(Math.max(1, lastDay - firstDay + 1));
		return month.atDay(day).atTime(8 + rng.nextInt(14), rng.nextInt(60), rng.nextInt(60));
	}

	/**
	 * The calls accepted up to the stop, in time order, as the call centre recorded them:
	 * with the account number, or only a phone, the archive's or someone else's.
	 */
	List<Ticket> tickets(LocalDateTime stop, SplittableRandom rng) {
		this.drafts.removeIf(d -> d.accept().isAfter(stop));
		this.drafts.sort(Comparator.comparing(Draft::accept));
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
			long serial = Draws.scramble(this.customer.index() * 1024L + k, this.idSalt);
			String id = d.accept().format(TICKET_DAY) + String.format(Locale.ROOT, "%013d", serial);
			out.add(new Ticket(id, anonymous ? "" : this.customer.consNo(),
					fromOtherPhone ? this.traits.otherPhone() : this.customer.phone(), d.type(), content, d.accept(),
					d.handle(), d.resolution(), this.customer.consNo()));
		}
		return out;
	}

}
