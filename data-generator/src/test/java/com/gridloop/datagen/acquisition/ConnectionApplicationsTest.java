package com.gridloop.datagen.acquisition;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.LoadModel;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionApplicationsTest {

	private final Population population = new Population(GeneratorConfig.defaults(20261126L, 3000, 30));

	@Test
	void outgrownCustomersMonthlyDemandStaysAboveEightyPercentOfCapacityAndNobodyElsesDoesForLong() {
		LoadModel model = new LoadModel(20261126L);
		List<SyntheticCustomer> industrial = this.population.customers()
			.stream()
			.filter(c -> c.category() == Archetype.Category.LARGE_INDUSTRIAL)
			.toList();
		long outgrown = industrial.stream().filter(SyntheticCustomer::outgrown).count();
		assertThat(outgrown).isBetween(industrial.size() / 20L, industrial.size() / 5L);
		assertThat(this.population.customers()).filteredOn(SyntheticCustomer::outgrown)
			.allMatch(c -> c.category() == Archetype.Category.LARGE_INDUSTRIAL);
		for (SyntheticCustomer c : industrial) {
			int above = 0;
			for (int month = 4; month <= 6; month++) {
				double max = 0;
				LocalDate first = LocalDate.of(2026, month, 1);
				for (LocalDate d = first; d.getMonthValue() == month; d = d.plusDays(1)) {
					max = Math.max(max, Arrays.stream(model.day(c, d)).max().orElseThrow() * 60 / c.intervalMinutes());
				}
				double fill = max / c.contractedKva();
				above += fill > 0.8 ? 1 : 0;
				if (c.outgrown()) {
					assertThat(fill).as(c.customerNo() + " in month " + month).isGreaterThan(0.8).isLessThan(1.5);
				}
				else {
					assertThat(fill).as(c.customerNo() + " in month " + month).isLessThan(0.9);
				}
			}
			if (c.outgrown()) {
				assertThat(above).as(c.customerNo()).isEqualTo(3);
			}
			else {
				assertThat(above).as(c.customerNo() + ": a busy month, but not three").isLessThan(3);
			}
		}
	}

	@Test
	void applicationsComeFromCustomersInEveryFormAndFromProspectsWithAFewBadRows() {
		StringWriter out = new StringWriter();
		ConnectionApplications.Stats stats = new ConnectionApplications(this.population).write(out);
		String[] lines = out.toString().split("\r?\n");
		assertThat(lines[0]).isEqualTo(ConnectionApplications.HEADER);
		assertThat(lines.length - 1L).isEqualTo(stats.rows());
		assertThat(stats.rows())
			.isEqualTo(stats.byAccount() + stats.byPhone() + stats.byName() + stats.prospects() + stats.badRows());
		assertThat(stats.byAccount()).isPositive();
		assertThat(stats.byPhone()).isPositive();
		assertThat(stats.byName()).isPositive();
		assertThat(stats.prospects()).isEqualTo(15);
		assertThat(stats.outgrown()).isPositive();
		assertThat(stats.badRows()).isPositive();
		assertThat(out.toString()).contains("-50").contains("扩建").contains("2026-13-45");
	}

}
