package com.gridloop.ingestion.customer;

/** Mainland China mobile numbers in one form: eleven digits, no country code, no separators. */
public final class Phones {

	private Phones() {
	}

	/** The normalised number, or null when it is not a mobile number. */
	public static String normalise(String raw) {
		if (raw == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder(16);
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '０' && c <= '９') {
				c = (char) (c - '０' + '0');
			}
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		String d = digits.toString();
		if (d.startsWith("0086")) {
			d = d.substring(4);
		}
		else if (d.startsWith("86") && d.length() == 13) {
			d = d.substring(2);
		}
		return d.length() == 11 && d.charAt(0) == '1' ? d : null;
	}

}
