package com.gridloop.datagen;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PopulationTest {

	@Test
	void customerIsTheSameWhateverThePopulationSize() {
		Population small = new Population(GeneratorConfig.defaults(7, 10, 3));
		Population large = new Population(GeneratorConfig.defaults(7, 500, 3));
		assertThat(large.customers().subList(0, 10)).isEqualTo(small.customers());
	}

	@Test
	void archetypeMixFollowsTheConfiguration() {
		Population p = new Population(GeneratorConfig.defaults(1, 20_000, 1));
		Map<Archetype, Integer> counts = new EnumMap<>(Archetype.class);
		p.customers().forEach(c -> counts.merge(c.archetype(), 1, Integer::sum));
		assertThat(counts.get(Archetype.RESIDENTIAL) / 20_000.0).isCloseTo(0.68, within(0.02));
		assertThat(counts.get(Archetype.RESIDENTIAL_EV) / 20_000.0).isCloseTo(0.12, within(0.01));
		assertThat(counts.get(Archetype.INDUSTRIAL_THREE_SHIFT) / 20_000.0).isCloseTo(0.02, within(0.01));
	}

	@Test
	void residentialLoadPeaksInTheEveningAndIndustrialIsFlat() {
		LoadModel model = new LoadModel(3);
		Population p = new Population(GeneratorConfig.defaults(3, 300, 1));
		LocalDate workday = LocalDate.of(2026, 6, 2);
		SyntheticCustomer home = p.customers()
			.stream()
			.filter(c -> c.archetype() == Archetype.RESIDENTIAL)
			.findFirst()
			.orElseThrow();
		double[] day = model.day(home, workday);
		assertThat(day).hasSize(48);
		assertThat(day[40]).as("20:00 against 04:00").isGreaterThan(day[8] * 2);
		SyntheticCustomer plant = p.customers()
			.stream()
			.filter(c -> c.archetype() == Archetype.INDUSTRIAL_THREE_SHIFT)
			.findFirst()
			.orElseThrow();
		double[] flat = model.day(plant, workday);
		assertThat(flat).hasSize(96);
		assertThat(flat[80] / flat[12]).isBetween(0.6, 1.6);
	}

	@Test
	void readingsCarryThePlantedDefectsAndCountThem() {
		GeneratorConfig config = GeneratorConfig.defaults(11, 40, 5).withDefects(0.01, 0.01, 0.2);
		Population p = new Population(config);
		StringWriter out = new StringWriter();
		ReadingsWriter.Stats stats = new ReadingsWriter(p).write(out);
		String[] lines = out.toString().split("\n");
		assertThat(lines[0]).isEqualTo(ReadingsWriter.HEADER);
		assertThat(lines.length - 1L).isEqualTo(stats.rows());
		long slots = p.customers().stream().mapToLong(c -> 1440 / c.intervalMinutes()).sum() * 5;
		assertThat(stats.validReadings() + stats.badRows() + stats.missingIntervals()).isEqualTo(slots);
		assertThat(stats.rows()).isEqualTo(stats.validReadings() + stats.badRows() + stats.duplicateRows());
		assertThat(stats.badRows()).isPositive();
		assertThat(stats.duplicateRows()).isPositive();
		assertThat(stats.missingIntervals()).isPositive();
		assertThat(new ReadingsWriter(p).count()).isEqualTo(stats);
	}

	@Test
	void plantedResponsesAreRatesAndContactHelps() {
		Population p = new Population(GeneratorConfig.defaults(5, 5000, 1));
		ResponseSimulator sim = new ResponseSimulator(5);
		int treated = 0, control = 0;
		for (SyntheticCustomer c : p.customers()) {
			assertThat(c.response().controlRate()).isBetween(0.0, 1.0);
			assertThat(c.response().uplift()).isPositive();
			treated += sim.converts(c, "camp-1", true) ? 1 : 0;
			control += sim.converts(c, "camp-1", false) ? 1 : 0;
		}
		assertThat(treated).isGreaterThan(control);
		assertThat(sim.converts(p.customers().get(3), "camp-1", true))
			.isEqualTo(sim.converts(p.customers().get(3), "camp-1", true));
	}

}
