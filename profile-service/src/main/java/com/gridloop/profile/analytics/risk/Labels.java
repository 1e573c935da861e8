package com.gridloop.profile.analytics.risk;

/** Conversions of boolean outcomes for the libraries, which want class indices. */
final class Labels {

	private Labels() {
	}

	static int[] toInts(boolean[] y) {
		int[] out = new int[y.length];
		for (int i = 0; i < y.length; i++) {
			out[i] = y[i] ? 1 : 0;
		}
		return out;
	}

	static void requireBothClasses(boolean[] y) {
		boolean pos = false, neg = false;
		for (boolean b : y) {
			pos |= b;
			neg |= !b;
		}
		if (!pos || !neg) {
			throw new InsufficientHistoryException(
					"Training rows need both outcomes; got only " + (pos ? "events" : "non-events"));
		}
	}

}
