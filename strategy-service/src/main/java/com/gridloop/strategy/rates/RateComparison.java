package com.gridloop.strategy.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gridloop.common.web.Problems;
import com.gridloop.strategy.rates.RateComparisonView.Option;
import com.gridloop.strategy.rates.RateComparisonView.UsageRow;
import com.gridloop.strategy.tariff.BandCalendar;
import com.gridloop.strategy.tariff.BillEngine;
import com.gridloop.strategy.tariff.BillTerms;
import com.gridloop.strategy.tariff.MonthUsage;
import com.gridloop.strategy.tariff.TariffBook;
import com.gridloop.strategy.tariff.TariffPlan;
import com.gridloop.strategy.tariff.TariffVersions;

import org.springframework.stereotype.Component;

/**
 * Bills a customer's last twelve months of band kWh under each tariff they may choose, at
 * the prices in force today, and again after moving a share of sharp and peak kWh to the
 * valley (capped by the customer's demand-response kW over the peak hours of the days).
 * Needs 270 days with band kWh; the maximum demand is left as measured, since moving
 * energy out of the peak bands need not lower the month's highest interval.
 */
@Component
record RateComparison(RateQueries queries, TariffBook book) {

	static final int DAYS_REQUIRED = 270;

	RateComparisonView compare(String customerId, BigDecimal shift) {
		if (shift.signum() < 0 || shift.compareTo(BigDecimal.ONE) > 0) {
			throw Problems.unprocessable("invalid-shift", "shift: " + shift.toPlainString() + " is not in [0, 1]");
		}
		Map<String, Object> tags = this.queries.tags(customerId).orElse(Map.of());
		List<UsageMonth> stored = this.queries.lastYear(customerId);
		if (tags.isEmpty() && stored.isEmpty()) {
			throw Problems.notFound("customer", customerId);
		}
		String current = tags.get("tariff_code") instanceof String s ? s : null;
		BigDecimal drKw = number(tags.get("demand_response_kw"));
		int days = stored.stream().mapToInt(UsageMonth::bandedDays).sum();
		String from = stored.isEmpty() ? null : stored.get(0).month().toString();
		String to = stored.isEmpty() ? null : stored.get(stored.size() - 1).month().toString();
		TariffVersions tariff = current == null ? null : this.book.find(current).orElse(null);
		String reason = null;
		if (tariff == null) {
			reason = current == null ? "the customer has no tariff_code tag yet"
					: "the customer's tariff " + current + " is not in the tariff tables";
		}
		else if (days < DAYS_REQUIRED) {
			reason = days + " days with kWh in every band" + (from == null ? "" : " from " + from + " to " + to)
					+ "; a comparison needs " + DAYS_REQUIRED;
		}
		if (reason != null) {
			return new RateComparisonView(customerId, current, false, reason, from, to, days, DAYS_REQUIRED, shift,
					drKw, null, List.of(), List.of());
		}
		// A customer below 50 kVA is below the power-factor rules' 100 kVA.
		boolean pfApplies = !"<50kVA".equals(tags.get("capacity_class"));
		BigDecimal pfTag = pfApplies ? number(tags.get("power_factor")) : null;
		List<MonthUsage> usage = new ArrayList<>();
		String calendarName = null;
		for (UsageMonth m : stored) {
			if (m.bandedDays() > 0) {
				MonthUsage u = m.usage(pfTag);
				usage.add(pfApplies ? u
						: new MonthUsage(u.month(), u.kwh(), u.bandKwh(), u.maxDemandKw(), null, u.days()));
				calendarName = m.bandCalendar() == null ? calendarName : m.bandCalendar();
			}
		}
		List<TariffVersions> choices = TariffChoices.of(this.book, tariff);
		BandCalendar calendar = calendar(choices, calendarName);
		List<MonthUsage> shifted = new ArrayList<>();
		List<UsageRow> rows = new ArrayList<>();
		for (MonthUsage m : usage) {
			BigDecimal cap = drKw == null || calendar == null ? null
					: drKw.multiply(peakHoursPerDay(calendar, m.month())).multiply(BigDecimal.valueOf(m.days()));
			MonthUsage s = m.shifted(shift, cap);
			shifted.add(s);
			rows.add(new UsageRow(m.month().toString(), m.days(), scale(m.kwh(), 3), scale(m.peakKwh(), 3),
					m.maxDemandKw() == null ? null : scale(m.maxDemandKw(), 3),
					m.powerFactor() == null ? null : scale(m.powerFactor(), 4),
					scale(m.peakKwh().subtract(s.peakKwh()), 3), cap == null ? null : scale(cap, 3)));
		}
		List<Priced> priced = new ArrayList<>();
		for (TariffVersions choice : choices) {
			priced.add(price(choice, calendarName, usage, shifted));
		}
		Priced now = priced.stream().filter(p -> p.code.equals(tariff.code())).findFirst().orElseThrow();
		List<Option> options = priced.stream().map(p -> p.option(now)).toList();
		String best = priced.stream()
			.filter(p -> p.after != null)
			.min((a, b) -> a.total(a.after).compareTo(b.total(b.after)))
			.map(p -> p.code)
			.orElse(null);
		return new RateComparisonView(customerId, tariff.code(), true, null, from, to, days, DAYS_REQUIRED, shift, drKw,
				best, rows, options);
	}

	private static Priced price(TariffVersions choice, String calendarName, List<MonthUsage> usage,
			List<MonthUsage> shifted) {
		TariffPlan plan;
		try {
			plan = choice.on(LocalDate.now(choice.zone()));
		}
		catch (IllegalArgumentException ex) {
			return Priced.unavailable(choice.latest(), ex.getMessage());
		}
		if (plan.timeOfUse() && calendarName != null && !plan.calendar().name().equals(calendarName)) {
			return Priced.unavailable(plan, "the customer's band kWh are split on calendar " + calendarName + ", "
					+ plan.code() + " bills on " + plan.calendar().name());
		}
		try {
			BillTerms terms = new BillTerms(null, BillTerms.BasicCharge.DEMAND);
			return new Priced(plan, BillEngine.bill(m -> plan, usage, terms),
					BillEngine.bill(m -> plan, shifted, terms), null);
		}
		catch (IllegalArgumentException ex) {
			return Priced.unavailable(plan, ex.getMessage());
		}
	}

	/** A calendar of the customer's band split, from the tariffs that use it. */
	private static BandCalendar calendar(List<TariffVersions> choices, String name) {
		for (TariffVersions t : choices) {
			BandCalendar c = t.latest().calendar();
			if (c != null && c.name().equals(name)) {
				return c;
			}
		}
		return null;
	}

	private static BigDecimal peakHoursPerDay(BandCalendar calendar, YearMonth month) {
		return BigDecimal.valueOf(calendar.peakHours(month) / month.lengthOfMonth());
	}

	private static BigDecimal number(Object value) {
		return value instanceof Number n ? new BigDecimal(n.toString()) : null;
	}

	private static BigDecimal scale(BigDecimal v, int digits) {
		return v.setScale(digits, RoundingMode.HALF_UP);
	}

}
