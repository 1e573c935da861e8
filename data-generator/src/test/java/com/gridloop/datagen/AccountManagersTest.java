package com.gridloop.datagen;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.gridloop.datagen.history.History;
import com.gridloop.datagen.history.HistoryWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountManagersTest {

	@Test
	void everyCiCustomerHasAListedManagerAndEveryAreaAGridManager() {
		Population population = new Population(GeneratorConfig.defaults(11, 600, 3));
		HistoryWriter writer = new HistoryWriter(new History(population));
		StringWriter file = new StringWriter();
		int rows = writer.writeManagers(file);
		List<String[]> managers = file.toString().lines().skip(1).map(l -> l.split(",", -1)).toList();
		assertThat(managers).hasSize(rows);
		Set<String> staff = managers.stream().map(m -> m[0]).collect(Collectors.toSet());
		assertThat(staff).contains(AccountManagers.DEMO_MANAGER, AccountManagers.DEMO_TEAM_LEAD);
		Set<String> areas = managers.stream()
			.flatMap(
					m -> m[5].isEmpty() ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(m[5].split(";")))
			.collect(Collectors.toSet());
		History history = new History(population);
		for (SyntheticCustomer c : population.customers()) {
			String manager = AccountManagers.managerOf(c);
			if (c.category() == Archetype.Category.RESIDENTIAL) {
				assertThat(manager).isNull();
				assertThat(areas).contains(history.transformerArea(c));
			}
			else {
				assertThat(staff).contains(manager);
			}
		}
		assertThat(population.customers())
			.anyMatch(c -> AccountManagers.DEMO_MANAGER.equals(AccountManagers.managerOf(c)));
	}

}
