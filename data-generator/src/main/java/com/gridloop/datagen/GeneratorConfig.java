package com.gridloop.datagen;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What to generate.
 *
 * @param seed everything follows from it
 * @param customers population size
 * @param firstDay first day of readings (local time)
 * @param days days of readings
 * @param mix share of each archetype
 * @param badRowRate share of reading rows written malformed or out of range (to be
 * quarantined)
 * @param duplicateRate share of reading rows written twice
 * @param gapRate share of meter-days with a run of missing intervals
 */
public record GeneratorConfig(long seed, int customers, LocalDate firstDay, int days, Map<Archetype, Double> mix,
		double badRowRate, double duplicateRate, double gapRate) {

	public GeneratorConfig {
		if (customers < 1 || days < 1) {
			throw new IllegalArgumentException("Need at least one customer and one day");
		}
		mix = Map.copyOf(mix);
	}

	public static GeneratorConfig defaults(long seed, int customers, int days) {
		Map<Archetype, Double> mix = new EnumMap<>(Archetype.class);
		mix.put(Archetype.RESIDENTIAL, 0.68);
		mix.put(Archetype.RESIDENTIAL_EV, 0.12);
		mix.put(Archetype.COMMERCIAL_DAYTIME, 0.10);
		mix.put(Archetype.INDUSTRIAL_TWO_SHIFT, 0.05);
		mix.put(Archetype.INDUSTRIAL_THREE_SHIFT, 0.02);
		mix.put(Archetype.IRRIGATION_SEASONAL, 0.03);
		return new GeneratorConfig(seed, customers, LocalDate.of(2026, 6, 1), days, mix, 0.0002, 0.0005, 0.01);
	}

	public GeneratorConfig withDefects(double badRowRate, double duplicateRate, double gapRate) {
		return new GeneratorConfig(this.seed, this.customers, this.firstDay, this.days, this.mix, badRowRate,
				duplicateRate, gapRate);
	}

	public GeneratorConfig withFirstDay(LocalDate firstDay) {
		return new GeneratorConfig(this.seed, this.customers, firstDay, this.days, this.mix, this.badRowRate,
				this.duplicateRate, this.gapRate);
	}

}
