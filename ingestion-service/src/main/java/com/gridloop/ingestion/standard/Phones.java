package com.gridloop.ingestion.standard;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Mainland China mobile numbers in one form, the eleven-digit national number, as
 * libphonenumber reads them: +86, 0086 or 86 before it, a trunk 0, separators and
 * full-width digits are accepted; anything that is not a valid mainland mobile number (a
 * landline, a foreign number, an unallocated prefix such as 12x or 140) is not.
 */
public final class Phones {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final int CHINA = 86;

	// Whether the numbers starting with each six-digit prefix 1xxxxx are mobile numbers,
	// by libphonenumber, learnt
	// from the first number read under it (0 not yet, 1 mobile, 2 not). Mainland mobile
	// ranges are allocated by
	// prefixes of at most five digits after the leading 1 (the satellite 1740x is the
	// longest), so every number
	// under a six-digit prefix is of one kind; PhonesTest checks that for every prefix.
	// The type check (a dozen
	// regular expressions, the bulk of normalising a million records) then runs at most
	// 100,000 times, whatever
	// the numbers. Racing writers write the same value.
	private static final byte[] PREFIXES = new byte[100_000];

	private Phones() {
	}

	/** The normalised number, or null when it is not a valid mainland mobile number. */
	public static String normalise(String raw) {
		if (raw == null) {
			return null;
		}
		if (plainMobile(raw)) {
			return mobilePrefix(raw) ? raw : null;
		}
		PhoneNumber number = parse(raw);
		if (number == null || number.getCountryCode() != CHINA || number.hasExtension()) {
			return null;
		}
		return mobile(number) ? UTIL.getNationalSignificantNumber(number) : null;
	}

	private static boolean mobile(PhoneNumber number) {
		PhoneNumberType type = UTIL.getNumberType(number);
		return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
	}

	private static boolean mobilePrefix(String plain) {
		int prefix = Integer.parseInt(plain, 1, 6, 10);
		byte known = PREFIXES[prefix];
		if (known == 0) {
			known = mobile(new PhoneNumber().setCountryCode(CHINA).setNationalNumber(Long.parseLong(plain))) ? (byte) 1
					: (byte) 2;
			PREFIXES[prefix] = known;
		}
		return known == 1;
	}

	// Most stored numbers are already eleven plain digits, which parse to themselves;
	// parsing them would cost more
	// than all the rest of normalising a record (PhonesTest checks that the shortcut
	// agrees with the parser).
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
