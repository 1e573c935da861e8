package com.gridloop.ingestion.customer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.gridloop.ingestion.records.AliasDirectory;

/** One valid row of the customer archive, normalised. */
record CustomerRecord(String customerNo, String consNo, String meterNo, String name, String phone, String address,
		String regionCode, String category, String voltageLevel, Double contractedKva, String industryCode,
		String tariffCode, String accountManager, List<String> flags) {

	/**
	 * The golden id a customer number gets when first seen: the same in every
	 * environment.
	 */
	static String goldenIdFor(String customerNo) {
		return UUID.nameUUIDFromBytes(("customer_no:" + customerNo).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * Adds this row's optional fields to the batch's completeness counts, and a row with
	 * unknown codes to its consistency.
	 */
	void countFields(com.gridloop.ingestion.batch.BatchTally tally) {
		Object[] optional = { this.consNo, this.meterNo, this.name, this.phone, this.address, this.regionCode,
				this.voltageLevel, this.contractedKva };
		for (Object field : optional) {
			tally.fieldsPossible++;
			tally.fieldsPresent += field == null ? 0 : 1;
		}
		if (!"RESIDENTIAL".equals(this.category)) {
			tally.fieldsPossible++;
			tally.fieldsPresent += this.industryCode == null ? 0 : 1;
		}
		tally.unresolvedReferences += this.flags.stream().anyMatch(f -> f.startsWith("UNKNOWN_")) ? 1 : 0;
	}

	/** Changes whenever a published field changes, so unchanged rows publish nothing. */
	String fingerprint() {
		return Integer.toHexString(Objects.hash(this.consNo, this.meterNo, this.name, this.phone, this.address,
				this.regionCode, this.category, this.voltageLevel, this.contractedKva, this.industryCode,
				this.tariffCode, this.accountManager, this.flags));
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
				this.tariffCode, AliasDirectory.published(aliases()), this.flags, this.accountManager);
	}

}
