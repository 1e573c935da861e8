package com.gridloop.strategy.rates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.gridloop.strategy.rates.RateComparisonView.Option;
import com.gridloop.strategy.rates.RateComparisonView.OptionMonth;
import com.gridloop.strategy.tariff.MonthBill;
import com.gridloop.strategy.tariff.TariffPlan;

/**
 * One tariff's bills of the compared months, before and after the shift; both null when
 * the tariff cannot be billed from the data, for the reason given.
 */
final class Priced {

	final String code;

	final TariffPlan plan;

	final List<MonthBill> before;

	final List<MonthBill> after;

	final String reason;

	Priced(TariffPlan plan, List<MonthBill> before, List<MonthBill> after, String reason) {
		this.code = plan.code();
		this.plan = plan;
		this.before = before;
		this.after = after;
		this.reason = reason;
	}

	static Priced unavailable(TariffPlan plan, String reason) {
		return new Priced(plan, null, null, reason);
	}

	BigDecimal total(List<MonthBill> bills) {
		return bills.stream().map(MonthBill::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** The option as the answer shows it, its savings against the current tariff. */
	Option option(Priced current) {
		String basic = this.plan.twoPart() ? "DEMAND" : null;
		if (this.before == null) {
			return new Option(this.code, this.plan.name(), this.plan.currency(), basic, false, this.reason, null, null,
					null, null, null, List.of());
		}
		BigDecimal year = total(this.before);
		BigDecimal yearAfter = total(this.after);
		BigDecimal currentYear = current.before == null ? null : total(current.before);
		List<OptionMonth> months = new ArrayList<>();
		for (int i = 0; i < this.before.size(); i++) {
			BigDecimal bill = this.before.get(i).total();
			BigDecimal billAfter = this.after.get(i).total();
			BigDecimal vsCurrent = current.before == null ? null : current.before.get(i).total().subtract(billAfter);
			months.add(new OptionMonth(this.before.get(i).month().toString(), bill, billAfter, bill.subtract(billAfter),
					vsCurrent));
		}
		return new Option(this.code, this.plan.name(), this.plan.currency(), basic, true, null, year, yearAfter,
				year.subtract(yearAfter), currentYear == null ? null : currentYear.subtract(year),
				currentYear == null ? null : currentYear.subtract(yearAfter), months);
	}

}
