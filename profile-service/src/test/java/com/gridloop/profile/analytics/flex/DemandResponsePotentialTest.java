package com.gridloop.profile.analytics.flex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.LoadModel;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.profile.analytics.GeneratedLoad;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Demand-response potential: the formula on a hand-made case, and its ranking of
 * generated customers.
 */
class DemandResponsePotentialTest {

	@Test
	void handComputedCase() {
		// Two days at 1 kWh an hour, peak hours 18-21 at 3 and then 5 kWh: P = 4, B = 1.
		// The peak's share of the day is
		// 12/32 = 0.375 and 20/40 = 0.5: mean 0.4375, sd 0.0625, cv = 1/7; phi = 0.2 +
		// 2/7; potential = phi * 3.
		boolean[] peak = new boolean[24];
		double[][] days = new double[2][24];
		for (int d = 0; d < 2; d++) {
			Arrays.fill(days[d], 1.0);
			for (int h = 18; h < 22; h++) {
				peak[h] = true;
				days[d][h] = d == 0 ? 3 : 5;
			}
		}
		DemandResponsePotential.Estimate e = new DemandResponsePotential().estimate(days, peak);
		assertThat(e.peakKw()).isCloseTo(4.0, within(1e-12));
		assertThat(e.baseKw()).isCloseTo(1.0, within(1e-12));
		assertThat(e.peakVariability()).isCloseTo(1.0 / 7, within(1e-12));
		assertThat(e.flexibilityFactor()).isCloseTo(0.2 + 2.0 / 7, within(1e-12));
		assertThat(e.potentialKw()).isCloseTo((0.2 + 2.0 / 7) * 3, within(1e-12));
		assertThat(e.days()).isEqualTo(2);
		// A steep slope hits the cap of 0.6.
		DemandResponsePotential.Estimate f = new DemandResponsePotential(
				new DemandResponsePotential.Settings(0.1, 0.2, 5.0, 0.6))
			.estimate(days, peak);
		assertThat(f.potentialKw()).isCloseTo(0.6 * 3, within(1e-12));
		System.out.println("DR, hand-made case: " + e.describe());
	}

	@Test
	void flatLoadHasNoPotential() {
		boolean[] peak = new boolean[24];
		Arrays.fill(peak, 16, 24, true);
		double[][] days = new double[5][24];
		for (double[] d : days) {
			Arrays.fill(d, 2.0);
		}
		DemandResponsePotential.Estimate e = new DemandResponsePotential().estimate(days, peak);
		assertThat(e.potentialKw()).isZero();
		assertThat(e.baseKw()).isEqualTo(2.0);
	}

	@Test
	void ranksGeneratedCustomersByTheirPlantedFlexibility() {
		Population population = new Population(GeneratorConfig.defaults(11L, 1_500, 28));
		LoadModel model = new LoadModel(population.config().seed());
		LocalDate first = population.config().firstDay();
		DemandResponsePotential dr = new DemandResponsePotential();
		List<double[]> residential = new ArrayList<>();
		List<Double> threeShift = new ArrayList<>();
		List<Double> households = new ArrayList<>();
		for (SyntheticCustomer c : population.customers()) {
			double[][] all = GeneratedLoad.hourlyDays(model, c, first, 28);
			// Working days only, so peak and base compare like with like.
			List<double[]> working = new ArrayList<>();
			for (int d = 0; d < 28; d++) {
				if (!GeneratedLoad.restDay(first.plusDays(d))) {
					working.add(all[d]);
				}
			}
			DemandResponsePotential.Estimate e = dr.estimate(working.toArray(double[][]::new),
					GeneratedLoad.PEAK_HOURS);
			if (c.archetype() == Archetype.RESIDENTIAL) {
				residential.add(new double[] { c.peakAmplitude(), e.shareOfPeak() });
				households.add(e.shareOfPeak());
			}
			else if (c.archetype() == Archetype.INDUSTRIAL_THREE_SHIFT) {
				threeShift.add(e.shareOfPeak());
			}
		}
		double rho = spearman(residential.stream().mapToDouble(r -> r[0]).toArray(),
				residential.stream().mapToDouble(r -> r[1]).toArray());
		double householdMedian = median(households);
		double plantMedian = median(threeShift);
		System.out.printf(
				"DR potential: residential median %.1f%% of peak kW (Spearman with planted evening"
						+ " amplitude %.2f, n=%d), three-shift plants median %.1f%% (n=%d)%n",
				100 * householdMedian, rho, households.size(), 100 * plantMedian, threeShift.size());
		assertThat(rho).isGreaterThan(0.6);
		assertThat(plantMedian).isLessThan(0.06);
		assertThat(householdMedian).isGreaterThan(3 * plantMedian);
	}

	private static double median(List<Double> v) {
		double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}

	private static double spearman(double[] a, double[] b) {
		double[] ra = ranks(a);
		double[] rb = ranks(b);
		double ma = Arrays.stream(ra).average().orElse(0);
		double mb = Arrays.stream(rb).average().orElse(0);
		double sab = 0, saa = 0, sbb = 0;
		for (int i = 0; i < a.length; i++) {
			sab += (ra[i] - ma) * (rb[i] - mb);
			saa += (ra[i] - ma) * (ra[i] - ma);
			sbb += (rb[i] - mb) * (rb[i] - mb);
		}
		return sab / Math.sqrt(saa * sbb);
	}

	private static double[] ranks(double[] v) {
		Integer[] order = new Integer[v.length];
		for (int i = 0; i < v.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> Double.compare(v[x], v[y]));
		double[] r = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			r[order[i]] = i;
		}
		return r;
	}

}
