package com.gridloop.profile;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The profile service's feature packages are modules: no cycles between them, and none
 * reaches into another's internal packages. Fails the build when a change breaks either.
 */
class ModulesTest {

	@Test
	void featureModulesHaveNoCyclesAndKeepTheirInternalsToThemselves() {
		ApplicationModules.of(ProfileApplication.class).verify();
	}

}
