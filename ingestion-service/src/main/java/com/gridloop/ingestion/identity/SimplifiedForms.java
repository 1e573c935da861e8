package com.gridloop.ingestion.identity;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional Chinese characters folded to simplified, one character at a time, by ICU's
 * Traditional-Simplified transform.
 * <p>
 * Each BMP ideograph (U+3400-U+9FFF, U+F900-U+FAFF) is transliterated once, when the
 * class loads, into a table that every thread then reads without locking: a
 * Transliterator is slow per call and not thread-safe. The transform's multi-character
 * phrase conversions are not used on purpose: names and addresses are compared character
 * by character, and a phrase rule would make a character's form depend on its neighbours.
 */
final class SimplifiedForms {

	private static final char[] FOLD = table();

	private SimplifiedForms() {
	}

	/** The simplified form of a character, or the character itself when it has none. */
	static char of(char c) {
		return FOLD[c];
	}

	private static char[] table() {
		char[] fold = new char[0x10000];
		for (int c = 0; c < fold.length; c++) {
			fold[c] = (char) c;
		}
		Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
		fill(simplify, fold, 0x3400, 0x9FFF);
		fill(simplify, fold, 0xF900, 0xFAFF);
		return fold;
	}

	// Only one-character results: a few rare forms simplify to a supplementary character,
	// which a char cannot hold.
	private static void fill(Transliterator simplify, char[] fold, int first, int last) {
		for (int c = first; c <= last; c++) {
			String simplified = simplify.transliterate(String.valueOf((char) c));
			if (simplified.length() == 1) {
				fold[c] = simplified.charAt(0);
			}
		}
	}

}
