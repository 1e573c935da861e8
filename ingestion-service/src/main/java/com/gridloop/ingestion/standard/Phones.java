package com.gridloop.ingestion.standard;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Mainland China mobile numbers in one form, the eleven-digit national number, as libphonenumber reads them: +86,
 * 0086 or 86 before it, a trunk 0, separators and full-width digits are accepted; anything that is not a valid
 * mainland mobile number (a landline, a foreign number, an unallocated prefix such as 12x or 140) is not.
 */
public final class Phones {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final int CHINA = 86;

	private Phones() {
	}

	/** The normalised number, or null when it is not a valid mainland mobile number. */
	public static String normalise(String raw) {
		if (raw == null) {
			return null;
		}
		PhoneNumber number = plainMobile(raw) ? new PhoneNumber().setCountryCode(CHINA)
			.setNationalNumber(Long.parseLong(raw)) : parse(raw);
		if (number == null || number.getCountryCode() != CHINA || number.hasExtension()) {
			return null;
		}
		PhoneNumberType type = UTIL.getNumberType(number);
		return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE
				? UTIL.getNationalSignificantNumber(number) : null;
	}

	// Parsing costs five times the type check; most stored numbers are already eleven plain digits, which parse to
	// themselves (PhonesTest checks that the shortcut agrees with the parser).
	static boolean plainMobile(String raw) {
		if (raw.length() != 11 || raw.charAt(0) != '1') {
			return false;
		}
		for (int i = 1; i < 11; i++) {
			char c = raw.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	static PhoneNumber parse(String raw) {
		try {
			return UTIL.parse(raw, "CN");
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

}
