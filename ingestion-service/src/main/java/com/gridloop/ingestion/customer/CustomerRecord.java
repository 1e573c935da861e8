package com.gridloop.ingestion.customer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One valid row of the customer archive, normalised. */
record CustomerRecord(String customerNo, String consNo, String meterNo, String name, String phone, String address,
		String regionCode, String category, String voltageLevel, Double contractedKva, String industryCode,
		String tariffCode, List<String> flags) {

	/** The golden id a customer number gets when first seen: the same in every environment. */
	static String goldenIdFor(String customerNo) {
		return UUID.nameUUIDFromBytes(("customer_no:" + customerNo).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** Changes whenever a published field changes, so unchanged rows publish nothing. */
	String fingerprint() {
		return Integer.toHexString(Objects.hash(this.consNo, this.meterNo, this.name, this.phone, this.address,
				this.regionCode, this.category, this.voltageLevel, this.contractedKva, this.industryCode,
				this.tariffCode, this.flags));
	}

	List<String> aliases() {
		List<String> aliases = new ArrayList<>();
		aliases.add("CUSTOMER_NO:" + this.customerNo);
		if (this.consNo != null) {
			aliases.add("CONS_NO:" + this.consNo);
		}
		if (this.meterNo != null) {
			aliases.add("METER_NO:" + this.meterNo);
		}
		if (this.phone != null) {
			aliases.add("PHONE:" + this.phone);
		}
		return aliases;
	}

	CustomerLinked linked(String customerId) {
		return new CustomerLinked(customerId, this.customerNo, this.consNo, this.meterNo, this.name, this.phone,
				this.regionCode, this.category, this.voltageLevel, this.contractedKva, this.industryCode,
				this.tariffCode, aliases(), this.flags);
	}

}
