package com.gridloop.ingestion.standard;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compatibility folding shared by the code standards: full-width to half-width, no
 * spaces, upper case.
 */
final class Text {

	private Text() {
	}

	static String fold(String raw) {
		String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!Character.isWhitespace(c) && c != '\u3000') {
				b.append(c);
			}
		}
		return b.toString().toUpperCase(Locale.ROOT);
	}

}
