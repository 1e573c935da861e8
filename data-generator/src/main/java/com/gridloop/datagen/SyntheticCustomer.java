package com.gridloop.datagen;

/**
 * One generated customer as the marketing system's archive would list it, plus what the
 * generator planted.
 *
 * @param index position in the population; together with the seed it determines
 * everything else
 * @param customerNo customer number (客户编号)
 * @param consNo account number (户号)
 * @param meterNo meter asset number
 * @param contractedKva contracted capacity
 * @param tariffCode the tariff the customer is billed on
 * @param archetype planted load archetype (not in the archive)
 * @param scale planted daily kWh multiplier against the archetype's typical day
 * @param peakAmplitude planted multiplier of the load between 17:00 and 23:00 (flexible
 * evening load)
 * @param response planted response to the time-of-use offer (not in the archive)
 * @param outgrown planted: the load has grown past the contracted capacity (its busiest
 * month's demand is above 80 % of it), so the customer should apply for more
 */
public record SyntheticCustomer(int index, String customerNo, String consNo, String meterNo, String name, String phone,
		String address, String regionCode, Archetype.Category category, String voltageLevel, double contractedKva,
		String industryCode, String tariffCode, Archetype archetype, double scale, double peakAmplitude,
		PlantedResponse response, boolean outgrown) {

	public int intervalMinutes() {
		return this.archetype.intervalMinutes();
	}

}
