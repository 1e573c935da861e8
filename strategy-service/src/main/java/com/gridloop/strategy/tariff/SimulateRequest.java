package com.gridloop.strategy.tariff;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A bill simulation: a tariff code, interval readings {@code [[timestamp, kWh], ...]}
 * and, optionally, the month's power factor, the contracted capacity and what a two-part
 * basic charge is levied on ({@code demand} or {@code capacity}; capacity when
 * {@code capacity_kva} is given).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SimulateRequest(String tariff, Integer intervalMinutes, JsonNode intervals, BigDecimal powerFactor,
		BigDecimal capacityKva, String basicCharge) {
}
