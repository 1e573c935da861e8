package com.gridloop.ingestion.identity;

import com.gridloop.ingestion.standard.Phones;

/**
 * The normalised views of an {@link IdentityRecord}, computed once when it enters
 * matching, so that comparing it with many others normalises nothing again.
 *
 * @param name normalised name
 * @param surname family name of a personal name, null for organisations
 * @param phone eleven-digit mobile number
 * @param address normalised address without province and city
 * @param addressKey the address without its district too, what address comparisons use
 * @param road the road before the house number
 * @param houseNumber the house number
 * @param region normalised region code
 * @param account normalised account number
 */
public record PreparedRecord(IdentityRecord record, String name, String surname, String phone, String address,
		String addressKey, String road, String houseNumber, String region, String account) {

	public static PreparedRecord of(IdentityRecord record) {
		String name = IdentityNormalizer.name(record.name());
		String address = IdentityNormalizer.address(record.address());
		String key = IdentityNormalizer.withoutDistrict(address);
		return new PreparedRecord(record, name, IdentityNormalizer.surname(name), Phones.normalise(record.phone()),
				address, key != null ? key : address, IdentityNormalizer.road(address),
				IdentityNormalizer.houseNumber(address), IdentityNormalizer.code(record.regionCode()),
				IdentityNormalizer.code(record.accountNo()));
	}

	public String recordId() {
		return this.record.recordId();
	}

}
