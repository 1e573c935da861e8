package com.gridloop.strategy.rates;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's last twelve months billed under every tariff they may choose, before and
 * after moving a share of peak kWh to the valley.
 *
 * @param comparable false when the data does not allow a comparison; {@code reason} says
 * why
 * @param daysCovered days with kWh in all four bands in the period
 * @param shift the share of sharp and peak kWh moved to the valley in the what-if
 * @param demandResponseKw the cap of the shift, from the customer's tag, null if none
 * @param best the tariff with the lowest yearly bill after the shift
 */
record RateComparisonView(String customerId, String currentTariff, boolean comparable, String reason, String from,
		String to, int daysCovered, int daysRequired, BigDecimal shift, BigDecimal demandResponseKw, String best,
		List<UsageRow> months, List<Option> options) {

	/**
	 * One month of the customer's usage and of the what-if.
	 *
	 * @param shiftCapKwh demand-response kW x peak hours per day x days, null without the
	 * tag
	 */
	record UsageRow(String month, int days, BigDecimal kwh, BigDecimal peakKwh, BigDecimal maxDemandKw,
			BigDecimal powerFactor, BigDecimal shiftedKwh, BigDecimal shiftCapKwh) {
	}

	/**
	 * One tariff: its yearly bill, the saving against the current tariff, month by month.
	 *
	 * @param available false when it cannot be billed from this data; {@code reason} says
	 * why
	 */
	record Option(String tariff, String name, String currency, String basicCharge, boolean available, String reason,
			BigDecimal yearBill, BigDecimal yearBillAfterShift, BigDecimal yearShiftSaving,
			BigDecimal yearSavingVsCurrent, BigDecimal yearSavingVsCurrentAfterShift, List<OptionMonth> months) {
	}

	/** One month under one tariff. */
	record OptionMonth(String month, BigDecimal bill, BigDecimal billAfterShift, BigDecimal shiftSaving,
			BigDecimal savingVsCurrentAfterShift) {
	}

}
