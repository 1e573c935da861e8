package com.gridloop.datagen.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;

/**
 * Plays one customer's twelve months in order, so that every draw of a month sees only
 * the months before it. Each concern draws from a stream of its own (seeded by the
 * customer index), so a change to one leaves the others alone.
 */
final class CustomerSimulation {

	private static final long TRAITS = 0x48_0001L, USAGE = 0x48_0002L, PAYMENTS = 0x48_0003L, TICKETS = 0x48_0004L,
			CHURN = 0x48_0005L, APP = 0x48_0006L, TICKET_IDS = 0x48_0007L;

	private final History history;

	private final HistoryWindow window;

	private final SyntheticCustomer customer;

	private final CustomerTraits traits;

	private final Payments payments;

	private final Calls calls;

	CustomerSimulation(History history, SyntheticCustomer customer) {
		this.history = history;
		this.window = history.window();
		this.customer = customer;
		this.traits = CustomerTraits.draw(customer, random(TRAITS), history.seed() * 31 + APP);
		this.payments = new Payments(customer, this.traits, this.window);
		this.calls = new Calls(customer, this.traits, this.window, this.payments, history.seed() * 131 + TICKET_IDS);
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
		double[] churnProbability = new double[n];
		Arrays.fill(churnProbability, Double.NaN);
		SplittableRandom usage = random(USAGE), pay = random(PAYMENTS), callDraws = random(TICKETS),
				leave = random(CHURN);
		int closedMonth = n;
		LocalDate closedDate = null;
		for (int m = 0; m < n && m <= closedMonth; m++) {
			YearMonth month = this.window.month(m);
			LocalDate last = m == closedMonth ? closedDate : month.atEndOfMonth();
			double expected = this.history.consumption().kwh(this.customer, month.atDay(1), last)
					* this.traits.drift(m);
			long kwh = Math.max(1, Math.round(expected * Math.exp(0.03 * usage.nextGaussian() - 0.00045)));
			this.payments.issue(m, month, kwh, pay);
			this.calls.month(m, month, last, outages, callDraws);
			if (m == closedMonth) {
				this.calls.closing(closedDate, callDraws);
			}
			else if (m >= 2 && m + 1 < n) {
				double p = Churn.probability(m, this.window, outageMinutes, this.traits, this.payments, this.calls);
				churnProbability[m] = p;
				if (leave.nextDouble() < p) {
					closedMonth = m + 1;
					YearMonth next = this.window.month(closedMonth);
					closedDate = next.atDay(1 + leave.nextInt(next.lengthOfMonth()));
				}
			}
		}
		LocalDateTime stop = (closedDate == null ? this.window.lastDay() : closedDate).atTime(LocalTime.MAX);
		List<Ticket> tickets = this.calls.tickets(stop, callDraws);
		List<Bill> bills = this.payments.bills();
		List<AppEvent> events = this.traits.appUser()
				? AppActivity.events(this.traits, this.window, bills, stop, random(APP)) : List.of();
		int[] complaints = new int[n];
		for (Ticket t : tickets) {
			int m = this.window.indexOf(YearMonth.from(t.acceptTime()));
			if (t.type() == TicketType.COMPLAINT && m >= 0 && m < n) {
				complaints[m]++;
			}
		}
		List<MonthTruth> months = new ArrayList<>(n);
		for (int m = 0; m < n; m++) {
			months.add(new MonthTruth(this.window.month(m), m < bills.size(), this.payments.arrearsProbability(m),
					this.payments.arrears(m), churnProbability[m], complaints[m], outageMinutes[m]));
		}
		CustomerTraits t = this.traits;
		CustomerTruth truth = new CustomerTruth(this.customer.index(), this.customer.consNo(), area, t.paymentRisk(),
				t.sensitivity(), t.online(), t.appUser(), t.appUserId(), t.activeFrom(),
				t.declineFrom() < 0 ? null : this.window.month(t.declineFrom()), t.decline(),
				closedDate == null ? Optional.empty() : Optional.of(YearMonth.from(closedDate)), closedDate, months);
		return new CustomerHistory(this.customer, area, truth, bills, tickets, events);
	}

}
