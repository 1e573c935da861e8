package com.gridloop.datagen.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;

/**
 * The twelve months a county power company's other systems hold about a population, up to
 * the end of its reading period: bills and payments, 95598 tickets, app events, outages
 * of the transformer areas and weather, with the truth planted behind them. Customer i's
 * history follows from the seed and i alone (the population size does not matter), and
 * each month's draws see only the months before, so models can train on months 0-8 and be
 * evaluated on months 9-11.
 *
 * <p>
 * Planted truth, per customer: payment risk, service sensitivity and online propensity
 * (0-1); one in ten customers' consumption starts falling 4-12 % a month from a random
 * month. Each month's kWh is the load model's expected kWh of its days (see
 * {@code Consumption}: level, rest days, irrigation season, heat, evening amplitude,
 * without drawing intervals) times that fall times a 3 % noise.
 * <ul>
 * <li>churn: at the end of each month 2-10 a customer closes the account in the next
 * month with log-odds -7.6 + 2.0 per complaint accepted in the last three months + 0.6
 * per 100 minutes of unplanned outage of their area that started in the last three months
 * (at most 900 minutes) + 18 x the planted fall of consumption over the last three months
 * against the three before + 0.2 per bill of the last twelve months not paid in full by
 * its due date; about 3 % a year, 1-1.5 % in the held-out months 9-11;</li>
 * <li>arrears: a bill is not paid in full 30 days after its due date with log-odds -6.6 +
 * 4.8 x payment risk + 1.6 x (bill / mean of the earlier bills - 1, clipped to 0-1.5) +
 * 1.4 when the previous bill was late - 1.5 for direct debit (about 3.5 % of bills); half
 * of them are paid later, a fifth partly before the arrears date;</li>
 * <li>tickets: fault repairs follow unplanned outages of the area (5 % + 25 % x
 * sensitivity of its customers call), complaints follow long outages ((0.2 % + 4 % x
 * sensitivity²) x outage minutes / 120, at most x3), bills 35 % above the usual and,
 * rarely, anything; 30 % of tickets carry no account number, half of those come from a
 * phone not in the archive (a family member or colleague, sometimes naming the account
 * holder);</li>
 * <li>app: a customer has an account with probability equal to their online propensity,
 * logs in 0.5 + 6 x propensity times a month, 85 % of the time inside a planted
 * three-hour block; 7 % registered with another phone; every payment through the app is
 * also a PAY event.</li>
 * </ul>
 * Complaint and churn rates are higher than a real county's so that the planted signal is
 * learnable from 10,000 customers.
 */
public final class History {

	private final Population population;

	private final HistoryWindow window;

	private final TransformerAreas areas;

	private final Consumption consumption;

	/** The twelve months up to the last day of the population's reading period. */
	public History(Population population) {
		this(population, HistoryWindow.of(population.config()));
	}

	/** The twelve months up to the end date. */
	public History(Population population, LocalDate end) {
		this(population, HistoryWindow.endingOn(end));
	}

	public History(Population population, HistoryWindow window) {
		this.population = population;
		this.window = window;
		this.areas = new TransformerAreas(population.config().seed(), window);
		this.consumption = new Consumption(population.config().seed(), window);
	}

	public Population population() {
		return this.population;
	}

	public HistoryWindow window() {
		return this.window;
	}

	public TransformerAreas areas() {
		return this.areas;
	}

	long seed() {
		return this.population.config().seed();
	}

	Consumption consumption() {
		return this.consumption;
	}

	/**
	 * Everything the customer left in the systems, and the truth behind it; computed
	 * afresh on every call.
	 */
	public CustomerHistory of(SyntheticCustomer customer) {
		return new CustomerSimulation(this, customer).run();
	}

	public CustomerTruth truth(SyntheticCustomer customer) {
		return of(customer).truth();
	}

	public String transformerArea(SyntheticCustomer customer) {
		return this.areas.areaOf(customer);
	}

	/** Areas with at least one customer of the population, sorted. */
	public List<String> transformerAreas() {
		Set<String> out = new TreeSet<>();
		for (SyntheticCustomer c : this.population.customers()) {
			out.add(this.areas.areaOf(c));
		}
		return List.copyOf(out);
	}

}
