package com.gridloop.strategy.tariff;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tariff catalogue, for the console and for checking a quoted saving. */
@RestController
record TariffController(TariffCatalogue catalogue) {

	@GetMapping("/api/v1/tariffs")
	List<Tariff> tariffs() {
		return this.catalogue.all();
	}

}
