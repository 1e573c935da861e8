package com.gridloop.strategy.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gridloop.strategy.tariff.PowerFactorTable;
import com.gridloop.strategy.tariff.Tariff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each benefit formula against a hand computation from the published prices and rules.
 */
class BenefitFormulaTest {

	private static final Tariff SP_10KV = new Tariff("HB-CI-SP-10KV", "Hubei C&I single-part 1-10(20) kV", 0.715686,
			"HB-CI-SP-10KV", 1.113999, 0.910961, 0.715686, 0.496924, "Hubei agency purchase table 2026-01");

	@Test
	void reactiveCompensationAvoidsTheAdjustmentAndSizesTheCapacitors() {
		// Large industry, standard 0.90: PF 0.80 pays +5 % (0.5 % per 0.01 below 0.90),
		// 0.95 earns -0.75 %: 5.75 % of 1,000,000 yuan = 57,500 avoided. Q = 500 kW x
		// (tan acos 0.80 - tan acos 0.95) = 500 x (0.75 - 0.328684) = 210.66 -> 211 kvar
		// at 150 yuan = 31,650.
		Benefit b = benefit(
				offer(BenefitFormula.REACTIVE_COMPENSATION, Map.of("target_pf", 0.95, "price_per_kvar", 150)),
				Map.of("category", "LARGE_INDUSTRIAL", "power_factor", 0.80, "annual_revenue", 1_000_000.0,
						"max_demand_kw", 500.0))
			.orElseThrow();
		assertThat(b.valueYuan()).isCloseTo(57_500, within(0.01));
		assertThat(b.quantity()).isEqualTo(211);
		assertThat(b.unit()).isEqualTo("kvar");
		assertThat(b.investmentYuan()).isCloseTo(31_650, within(0.01));
		assertThat(b.paybackYears()).isCloseTo(31_650 / 57_500.0, within(1e-9));
		// Other C&I, standard 0.85: PF 0.84 pays +0.5 %, 0.95 earns -1.1 %: 1.6 %.
		assertThat(benefit(offer(BenefitFormula.REACTIVE_COMPENSATION, Map.of()), Map.of("category", "GENERAL_CI",
				"power_factor", 0.84, "annual_revenue", 100_000.0, "max_demand_kw", 50.0))
			.orElseThrow()
			.valueYuan()).isCloseTo(1_600, within(0.01));
		// Already at the target: nothing to offer.
		assertThat(benefit(offer(BenefitFormula.REACTIVE_COMPENSATION, Map.of()), Map.of("category", "GENERAL_CI",
				"power_factor", 0.96, "annual_revenue", 100_000.0, "max_demand_kw", 50.0)))
			.isEmpty();
	}

	@Test
	void anEfficiencyAuditSavesItsShareAtTheCustomersAveragePrice() {
		// 8 % of 500,000 kWh = 40,000 kWh at 350,000 / 500,000 = 0.70 yuan: 28,000 a
		// year;
		// invest 20,000 + 40,000 x 1.2 = 68,000.
		Benefit b = benefit(
				offer(BenefitFormula.EFFICIENCY_AUDIT,
						Map.of("saving_share", 0.08, "audit_fee", 20000, "measures_per_kwh_saved", 1.2)),
				Map.of("annual_kwh", 500_000.0, "annual_revenue", 350_000.0))
			.orElseThrow();
		assertThat(b.valueYuan()).isCloseTo(28_000, within(0.01));
		assertThat(b.quantity()).isEqualTo(40_000);
		assertThat(b.investmentYuan()).isCloseTo(68_000, within(0.01));
		assertThat(b.paybackYears()).isCloseTo(68_000 / 28_000.0, within(1e-9));
	}

	@Test
	void pvIsSizedToDaytimeUseAndStorageEarnsThePeakValleySpread() {
		// Daytime (flat band) kWh = 300,000 x (1 - 0.3 - 0.3) = 120,000; 90 % self-used
		// at
		// 1,100 kWh/kWp -> 98 kWp; 98 x 1,100 x 0.715686 = 77,149.95. Battery 98 x 0.2 x
		// 2
		// h = 39.2 kWh, 330 cycles x (0.910961 x 0.88 - 0.496924) = 3,941.88.
		Benefit b = benefit(offer(BenefitFormula.PV_STORAGE, Map.of()), Map.of("annual_kwh", 300_000.0, "peak_share",
				0.3, "valley_share", 0.3, "tariff_code", "HB-CI-SP-10KV", "max_demand_kw", 120.0))
			.orElseThrow();
		double storage = 39.2 * 330 * (0.910961 * 0.88 - 0.496924);
		assertThat(b.quantity()).isEqualTo(98);
		assertThat(b.valueYuan()).isCloseTo(98 * 1100 * 0.715686 + storage, within(0.01));
		assertThat(b.investmentYuan()).isCloseTo(98 * 3200 + 39.2 * 1200, within(0.01));
		// PV never exceeds the customer's maximum demand.
		assertThat(benefit(offer(BenefitFormula.PV_STORAGE, Map.of()), Map.of("annual_kwh", 300_000.0, "peak_share",
				0.3, "valley_share", 0.3, "tariff_code", "HB-CI-SP-10KV", "max_demand_kw", 40.0))
			.orElseThrow()
			.quantity()).isEqualTo(40);
	}

	@Test
	void retentionTiersAddTheRiskSignalsAndValueTheRevenueAtRisk() {
		// Churn risk 0.35 (2 points) and one complaint (1): HIGH; 5,000 x 0.35 at risk.
		Map<String, Object> high = Map.of("churn_risk", 0.35, "complaints_12m", 1.0, "annual_revenue", 5000.0);
		assertThat(RetentionBenefits.assess(tags(high)).tier()).isEqualTo(RetentionBenefits.Tier.HIGH);
		Benefit b = benefit(offer(BenefitFormula.RETENTION, Map.of("tier", "HIGH", "commitment", "a named manager")),
				high)
			.orElseThrow();
		assertThat(b.valueYuan()).isCloseTo(1750, within(0.001));
		assertThat(b.text()).contains("a named manager");
		assertThat(b.triggers()).anyMatch(t -> t.startsWith("churn_risk="))
			.anyMatch(t -> t.startsWith("complaints_12m="));
		// The same customer is not the medium tier's.
		assertThat(benefit(offer(BenefitFormula.RETENTION, Map.of("tier", "MEDIUM")), high)).isEmpty();
		// Outage minutes beyond the 3-hour restoration commitment and arrears risk:
		// MEDIUM.
		assertThat(RetentionBenefits
			.assess(tags(Map.of("churn_risk", 0.05, "arrears_risk", 0.4, "outage_minutes_90d", 200.0)))
			.tier()).isEqualTo(RetentionBenefits.Tier.MEDIUM);
		assertThat(RetentionBenefits.assess(tags(Map.of("churn_risk", 0.05))).tier())
			.isEqualTo(RetentionBenefits.Tier.NONE);
	}

	@Test
	void capacityExpansionQuotesTheSuggestedKvaAtTheCapacityCharge() {
		// 320 kVA more, 320 x 26.3 x 12 a year of capacity charge.
		Offer expansion = offer(BenefitFormula.CAPACITY_EXPANSION, Map.of("capacity_charge_per_kva_month", 26.3));
		Benefit b = BenefitFormula
			.benefit(expansion, tags(Map.of()), pricing(Optional.of(new OfferPricing.ExpansionFacts(3, 700, 800, 320))))
			.orElseThrow();
		assertThat(b.quantity()).isEqualTo(320);
		assertThat(b.valueYuan()).isCloseTo(320 * 26.3 * 12, within(0.001));
		assertThat(b.triggers()).contains("months_above_80%=3");
		assertThat(BenefitFormula.benefit(expansion, tags(Map.of()),
				pricing(Optional.of(new OfferPricing.ExpansionFacts(2, 700, 800, 320)))))
			.as("two months are not a trend")
			.isEmpty();
		assertThat(BenefitFormula.benefit(expansion, tags(Map.of()), pricing(Optional.empty()))).as("not a lead")
			.isEmpty();
	}

	@Test
	void aBillAnalysisSavesItsShareOfTheYearlyBill() {
		assertThat(benefit(offer(BenefitFormula.BILL_ANALYSIS, Map.of("saving_share", 0.03)),
				Map.of("annual_revenue", 4000.0))
			.orElseThrow()
			.valueYuan()).isCloseTo(120, within(0.001));
	}

	private static Optional<Benefit> benefit(Offer offer, Map<String, Object> tags) {
		return BenefitFormula.benefit(offer, tags(tags), pricing(Optional.empty()));
	}

	static Offer offer(BenefitFormula formula, Map<String, Object> parameters) {
		return new Offer("TEST_" + formula, Scenario.VALUE_ADDED, "测试", "Test", "test", "has annual_kwh", formula,
				parameters, List.of(Channel.MANAGER_VISIT), BigDecimal.ZERO, 0.05, LocalDate.of(2026, 1, 1), null);
	}

	static OfferTags tags(Map<String, Object> tags) {
		return new OfferTags() {
			@Override
			public String customerId() {
				return "c-1";
			}

			@Override
			public Double number(String tag) {
				return tags.get(tag) instanceof Number n ? n.doubleValue() : null;
			}

			@Override
			public String text(String tag) {
				Object v = tags.get(tag);
				return v == null ? null : String.valueOf(v);
			}
		};
	}

	static OfferPricing pricing(Optional<OfferPricing.ExpansionFacts> expansion) {
		return new OfferPricing() {
			@Override
			public Optional<Tariff> tariff(String code) {
				return SP_10KV.code().equals(code) ? Optional.of(SP_10KV) : Optional.empty();
			}

			@Override
			public double powerFactorAdjustmentPercent(double powerFactor, double standard) {
				return PowerFactorTable.percent(BigDecimal.valueOf(standard), BigDecimal.valueOf(powerFactor))
					.doubleValue();
			}

			@Override
			public Optional<ExpansionFacts> expansion(String customerId) {
				return expansion;
			}

			@Override
			public double peakShift() {
				return 0.1;
			}
		};
	}

}
