package com.gridloop.ingestion;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The ingestion service's feature packages are modules: no cycles between them, and none
 * reaches into another's internal packages. Fails the build when a change breaks either.
 */
class ModulesTest {

	@Test
	void featureModulesHaveNoCyclesAndKeepTheirInternalsToThemselves() {
		ApplicationModules.of(IngestionApplication.class).verify();
	}

}
