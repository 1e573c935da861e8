package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Bills months of usage under a tariff, in BigDecimal: energy by band or by annual tier,
 * tier steps, the two-part basic charge and the power-factor adjustment, each line
 * rounded half-up to 0.01 and the total the sum of the lines.
 *
 * <p>
 * Annual tiers run over the calendar year. Their bounds are pro rata by month for the
 * months of the year being billed (one month: 2160 / 12 = 180 kWh for tier 1), and the
 * months of a year fill them in order, as a yearly tier billed monthly does.
 */
public final class BillEngine {

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private BillEngine() {
	}

	/**
	 * One bill per month, in month order.
	 * @param plans the tariff version of each month
	 * @throws IllegalArgumentException when the usage lacks what the tariff needs (band
	 * kWh, maximum demand or capacity) or the months repeat
	 */
	public static List<MonthBill> bill(Function<YearMonth, TariffPlan> plans, List<MonthUsage> months,
			BillTerms terms) {
		Map<Integer, Integer> monthsPerYear = new HashMap<>();
		YearMonth previous = null;
		for (MonthUsage m : months) {
			if (previous != null && !m.month().isAfter(previous)) {
				throw new IllegalArgumentException("months must be in order without repeats: " + m.month());
			}
			previous = m.month();
			monthsPerYear.merge(m.month().getYear(), 1, Integer::sum);
		}
		Map<Integer, BigDecimal> tierKwhSoFar = new HashMap<>();
		List<MonthBill> bills = new ArrayList<>(months.size());
		for (MonthUsage m : months) {
			TariffPlan plan = plans.apply(m.month());
			int year = m.month().getYear();
			BigDecimal before = tierKwhSoFar.getOrDefault(year, BigDecimal.ZERO);
			bills.add(month(plan, m, terms, before, monthsPerYear.get(year)));
			tierKwhSoFar.put(year, before.add(m.kwh()));
		}
		return bills;
	}

	private static MonthBill month(TariffPlan plan, MonthUsage m, BillTerms terms, BigDecimal tierKwhBefore,
			int monthsOfYear) {
		List<BillLine> lines = new ArrayList<>();
		List<TierShare> tiers = tierShares(plan, m.kwh(), tierKwhBefore, monthsOfYear);
		if (plan.timeOfUse()) {
			energyByBand(plan, m, lines);
			for (TierShare t : tiers) {
				if (t.tier().surcharge().signum() != 0) {
					lines.add(line(m, "tier_step", "TIER_" + t.tier().tier(), t.kwh(), t.tier().surcharge()));
				}
			}
		}
		else if (tiers.isEmpty()) {
			lines.add(line(m, "energy", null, m.kwh(), plan.flatPrice()));
		}
		else {
			for (TierShare t : tiers) {
				lines.add(line(m, "energy", "TIER_" + t.tier().tier(), t.kwh(),
						plan.flatPrice().add(t.tier().surcharge())));
			}
		}
		if (plan.twoPart()) {
			lines.add(basicCharge(plan, m, terms));
		}
		BigDecimal pfPercent = null;
		if (plan.pfStandard() != null && m.powerFactor() != null
				&& (terms.capacityKva() == null || terms.capacityKva().compareTo(BillTerms.PF_THRESHOLD_KVA) >= 0)) {
			pfPercent = PowerFactorTable.percent(plan.pfStandard(), m.powerFactor());
			BigDecimal base = sum(lines);
			lines.add(new BillLine(m.month(), "power_factor", null, null, base, pfPercent,
					round(base.multiply(pfPercent).divide(HUNDRED))));
		}
		return new MonthBill(m.month(), plan.code(), plan.currency(), List.copyOf(lines), sum(lines), m.kwh(),
				m.maxDemandKw(), pfPercent, m.days());
	}

	private static void energyByBand(TariffPlan plan, MonthUsage m, List<BillLine> lines) {
		if (m.bandKwh().isEmpty() && m.kwh().signum() != 0) {
			throw new IllegalArgumentException(
					m.month() + " has no kWh per band, which time-of-use tariff " + plan.code() + " needs");
		}
		for (Band band : Band.values()) {
			BigDecimal kwh = m.bandKwh().get(band);
			if (kwh == null || kwh.signum() == 0) {
				continue;
			}
			BigDecimal price = plan.bandPrices().get(band);
			if (price == null) {
				throw new IllegalArgumentException(plan.code() + " has no price for band " + band);
			}
			lines.add(line(m, "energy", band.name(), kwh, price));
		}
	}

	private static BillLine basicCharge(TariffPlan plan, MonthUsage m, BillTerms terms) {
		if (terms.basicCharge() == BillTerms.BasicCharge.CAPACITY) {
			if (terms.capacityKva() == null) {
				throw new IllegalArgumentException(plan.code() + " billed on capacity needs the contracted kVA");
			}
			return new BillLine(m.month(), "basic_capacity", null, null, terms.capacityKva(), plan.capacityCharge(),
					round(terms.capacityKva().multiply(plan.capacityCharge())));
		}
		if (m.maxDemandKw() == null) {
			throw new IllegalArgumentException(m.month() + " has no maximum demand for the basic charge of "
					+ plan.code() + " (give the contracted capacity to bill on capacity)");
		}
		return new BillLine(m.month(), "basic_demand", null, null, m.maxDemandKw(), plan.demandCharge(),
				round(m.maxDemandKw().multiply(plan.demandCharge())));
	}

	private record TierShare(TariffPlan.Tier tier, BigDecimal kwh) {
	}

	/**
	 * The month's kWh split over the tiers, after the kWh earlier months of its year
	 * used.
	 */
	private static List<TierShare> tierShares(TariffPlan plan, BigDecimal kwh, BigDecimal before, int monthsOfYear) {
		List<TierShare> shares = new ArrayList<>();
		BigDecimal after = before.add(kwh);
		BigDecimal scale = BigDecimal.valueOf(monthsOfYear);
		for (TariffPlan.Tier t : plan.tiers()) {
			BigDecimal from = t.fromKwh().multiply(scale).divide(TWELVE, java.math.MathContext.DECIMAL64);
			BigDecimal to = t.toKwh() == null ? null
					: t.toKwh().multiply(scale).divide(TWELVE, java.math.MathContext.DECIMAL64);
			BigDecimal lo = before.max(from);
			BigDecimal hi = to == null ? after : after.min(to);
			if (hi.compareTo(lo) > 0) {
				shares.add(new TierShare(t, hi.subtract(lo)));
			}
		}
		return shares;
	}

	private static BillLine line(MonthUsage m, String item, String band, BigDecimal kwh, BigDecimal price) {
		return new BillLine(m.month(), item, band, kwh, kwh, price, round(kwh.multiply(price)));
	}

	private static BigDecimal sum(List<BillLine> lines) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (BillLine l : lines) {
			total = total.add(l.amount());
		}
		return total;
	}

	static BigDecimal round(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
