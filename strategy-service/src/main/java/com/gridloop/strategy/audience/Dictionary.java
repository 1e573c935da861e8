package com.gridloop.strategy.audience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Distinct texts of a column, each stored once and referred to by a small code. */
final class Dictionary {

	private final List<String> values = new ArrayList<>();

	private final Map<String, Integer> codes = new HashMap<>();

	int code(String value) {
		Integer code = this.codes.get(value);
		if (code == null) {
			code = this.values.size();
			this.values.add(value);
			this.codes.put(value, code);
		}
		return code;
	}

	String value(int code) {
		return this.values.get(code);
	}

	int size() {
		return this.values.size();
	}

	/**
	 * Which codes stand for one of the texts, compared without regard to case: the table
	 * a rule's = or IN looks its answer up in.
	 */
	boolean[] matching(Set<String> texts) {
		Set<String> upper = new java.util.HashSet<>();
		texts.forEach(t -> upper.add(t.toUpperCase(Locale.ROOT)));
		boolean[] match = new boolean[this.values.size()];
		for (int i = 0; i < match.length; i++) {
			match[i] = upper.contains(this.values.get(i).toUpperCase(Locale.ROOT));
		}
		return match;
	}

	/** Estimated heap bytes: entries of the list and the map, and the texts. */
	long bytes() {
		long bytes = 64;
		for (String v : this.values) {
			bytes += 48 + 8 + 40 + v.length();
		}
		return bytes;
	}

}
