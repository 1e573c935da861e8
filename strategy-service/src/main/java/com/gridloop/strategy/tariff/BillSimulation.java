package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.gridloop.common.web.Problems;

import org.springframework.stereotype.Component;

/**
 * Checks a bill simulation request and bills its intervals; anything that cannot be
 * billed is a 422 problem naming the first bad element.
 */
@Component
record BillSimulation(TariffBook book) {

	private static final String PROBLEM = "invalid-bill-simulation";

	SimulateResponse simulate(SimulateRequest request) {
		if (request.tariff() == null) {
			throw bad("tariff: required");
		}
		TariffVersions tariff = this.book.find(request.tariff())
			.orElseThrow(() -> bad("tariff: unknown tariff " + request.tariff() + "; known: " + this.book.codes()));
		Integer minutes = request.intervalMinutes();
		if (minutes == null || minutes < 1 || minutes > 60 || 60 % minutes != 0) {
			throw bad("interval_minutes: " + minutes + " does not divide an hour");
		}
		BigDecimal pf = request.powerFactor();
		if (pf != null && (pf.signum() <= 0 || pf.compareTo(BigDecimal.ONE) > 0)) {
			throw bad("power_factor: " + pf.toPlainString() + " is not in (0, 1]");
		}
		BigDecimal capacity = request.capacityKva();
		if (capacity != null && capacity.signum() <= 0) {
			throw bad("capacity_kva: " + capacity.toPlainString() + " is not positive");
		}
		BillTerms terms = terms(request.basicCharge(), capacity);
		try {
			List<Intervals.Interval> intervals = Intervals.read(request.intervals(), minutes, tariff.zone());
			List<MonthUsage> months = Intervals.months(intervals, minutes, tariff, pf);
			return SimulateResponse.of(tariff.code(), BillEngine.bill(tariff::at, months, terms));
		}
		catch (Intervals.BadInput | IllegalArgumentException ex) {
			throw bad(ex.getMessage());
		}
	}

	private static BillTerms terms(String basicCharge, BigDecimal capacity) {
		if (basicCharge == null) {
			return BillTerms.of(capacity);
		}
		try {
			return new BillTerms(capacity, BillTerms.BasicCharge.valueOf(basicCharge.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw bad("basic_charge: " + basicCharge + " is neither demand nor capacity");
		}
	}

	private static RuntimeException bad(String detail) {
		return Problems.unprocessable(PROBLEM, detail);
	}

}
