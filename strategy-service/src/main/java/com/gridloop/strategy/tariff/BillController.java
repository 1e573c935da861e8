package com.gridloop.strategy.tariff;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bills interval readings under any tariff, month by month. */
@RestController
record BillController(BillSimulation simulation) {

	@PostMapping("/api/v1/bills/simulate")
	SimulateResponse simulate(@RequestBody SimulateRequest request) {
		return this.simulation.simulate(request);
	}

}
