package com.gridloop.ingestion.customer;

import java.util.List;

/**
 * A customer's golden id is linked to its source identifiers, or its archive data
 * changed.
 *
 * @param customerId the golden id every other service uses
 * @param aliases the source identifiers, as {@code TYPE:value}
 * @param flags data quality flags, such as {@code UNKNOWN_TARIFF} or
 * {@code INVALID_PHONE}
 * @param accountManager the staff no. of the customer's named account manager, as the
 * archive gives it (C&amp;I customers); null when the archive names none, as for a
 * residential customer, whose grid manager follows from the transformer area
 */
public record CustomerLinked(String customerId, String customerNo, String consNo, String meterNo, String name,
		String phone, String regionCode, String category, String voltageLevel, Double contractedKva,
		String industryCode, String tariffCode, List<String> aliases, List<String> flags, String accountManager) {
}
