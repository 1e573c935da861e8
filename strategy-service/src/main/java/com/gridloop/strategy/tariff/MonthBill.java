package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The bill of one local month: its lines, their sum, and what they were computed from.
 *
 * @param pfAdjustmentPercent the power-factor adjustment applied, null when none applies
 */
public record MonthBill(YearMonth month, String tariff, String currency, List<BillLine> lines, BigDecimal total,
		BigDecimal kwh, BigDecimal maxDemandKw, BigDecimal pfAdjustmentPercent, int days) {
}
