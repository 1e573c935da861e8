package com.gridloop.console.customers;

/**
 * Personal data as a role without need to know sees it: the surname, the phone's first
 * three and last four digits, the address's first six characters.
 */
final class Masks {

	private Masks() {
	}

	static String name(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}

	static String phone(String phone) {
		if (phone == null || phone.length() < 8) {
			return phone == null ? null : "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

	static String address(String address) {
		if (address == null || address.codePointCount(0, address.length()) <= 6) {
			return address;
		}
		return address.substring(0, address.offsetByCodePoints(0, 6)) + "…";
	}

}
