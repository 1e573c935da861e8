package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The simulated bills: every month's lines in one list, the total their sum, the
 * power-factor adjustment in percent (null when none applies) and a summary per month.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SimulateResponse(String tariff, String currency, BigDecimal total, List<Line> lines,
		BigDecimal pfAdjustmentPercent, List<Month> months) {

	/** One bill line of one month. */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Line(String month, String item, String band, BigDecimal kwh, BigDecimal quantity, BigDecimal price,
			BigDecimal amount) {
	}

	/** One month's bill in brief. */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Month(String month, BigDecimal total, BigDecimal kwh, BigDecimal maxDemandKw, BigDecimal pfAdjustmentPercent,
			int days) {
	}

	static SimulateResponse of(String tariff, List<MonthBill> bills) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		BigDecimal pf = null;
		List<Line> lines = new java.util.ArrayList<>();
		List<Month> months = new java.util.ArrayList<>();
		for (MonthBill b : bills) {
			for (BillLine l : b.lines()) {
				lines.add(new Line(l.month().toString(), l.item(), l.band(), l.kwh(), l.quantity(), l.price(),
						l.amount()));
				total = total.add(l.amount());
			}
			pf = pf == null ? b.pfAdjustmentPercent() : pf;
			months.add(new Month(b.month().toString(), b.total(), b.kwh(), b.maxDemandKw(), b.pfAdjustmentPercent(),
					b.days()));
		}
		return new SimulateResponse(tariff, bills.get(0).currency(), total, lines, pf, months);
	}

}
