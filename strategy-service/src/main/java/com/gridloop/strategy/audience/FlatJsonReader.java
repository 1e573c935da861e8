package com.gridloop.strategy.audience;

import java.nio.charset.StandardCharsets;

/**
 * Reads a flat JSON object of tags (text keys; number, text, boolean or null values), as
 * PostgreSQL prints a jsonb snapshot, straight from its bytes into a row of
 * {@link TagColumns}: no parser object per row, keys and texts looked up by their bytes,
 * plain decimals converted without one. Anything else (escapes, nested values, malformed
 * text) is refused, and the caller reads that row with a general JSON parser instead.
 */
final class FlatJsonReader {

	private static final double[] POWERS = new double[23];

	static {
		for (int i = 0; i < POWERS.length; i++) {
			POWERS[i] = Math.pow(10, i);
		}
	}

	private final Interner texts;

	private byte[] in;

	private int at;

	FlatJsonReader(Interner texts) {
		this.texts = texts;
	}

	/**
	 * Writes the object's tags into the row begun in {@code into}.
	 * @return false when the text is not a flat object this reader handles; the row may
	 * then hold some of its tags, and the caller writes them all again
	 */
	boolean read(byte[] json, TagColumns into) {
		this.in = json;
		this.at = 0;
		try {
			skipSpace();
			if (!take('{')) {
				return false;
			}
			skipSpace();
			if (take('}')) {
				return true;
			}
			do {
				skipSpace();
				String key = key();
				if (key == null) {
					return false;
				}
				skipSpace();
				if (!take(':') || !value(key, into)) {
					return false;
				}
				skipSpace();
			}
			while (take(','));
			return take('}');
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			return false;
		}
	}

	private boolean value(String key, TagColumns into) {
		skipSpace();
		byte b = this.in[this.at];
		if (b == '"') {
			int start = ++this.at;
			while (this.in[this.at] != '"') {
				if (this.in[this.at] == '\\') {
					return false;
				}
				this.at++;
			}
			into.text(key, this.texts.text(this.in, start, this.at++));
			return true;
		}
		if (b == '-' || (b >= '0' && b <= '9')) {
			return number(key, into);
		}
		for (String word : new String[] { "true", "false", "null" }) {
			if (matches(word)) {
				this.at += word.length();
				if (!word.equals("null")) {
					into.text(key, word);
				}
				return true;
			}
		}
		return false;
	}

	/**
	 * A plain decimal exactly (m / 10^s is correctly rounded), else Double.parseDouble.
	 */
	private boolean number(String key, TagColumns into) {
		int start = this.at;
		boolean negative = this.in[this.at] == '-';
		if (negative) {
			this.at++;
		}
		long mantissa = 0;
		int digits = 0;
		int scale = -1;
		boolean plain = true;
		for (;; this.at++) {
			byte b = this.at < this.in.length ? this.in[this.at] : 0;
			if (b >= '0' && b <= '9') {
				mantissa = mantissa * 10 + (b - '0');
				digits++;
				if (scale >= 0) {
					scale++;
				}
			}
			else if (b == '.' && scale < 0) {
				scale = 0;
			}
			else if (b == 'e' || b == 'E' || b == '+' || (b == '-' && this.at > start)) {
				plain = false;
			}
			else {
				break;
			}
		}
		if (digits == 0) {
			return false;
		}
		double value;
		if (plain && digits <= 15 && scale < POWERS.length) {
			value = scale <= 0 ? mantissa : mantissa / POWERS[scale];
			value = negative ? -value : value;
		}
		else {
			try {
				value = Double.parseDouble(new String(this.in, start, this.at - start, StandardCharsets.ISO_8859_1));
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		into.number(key, value);
		return true;
	}

	private String key() {
		if (!take('"')) {
			return null;
		}
		int start = this.at;
		while (this.in[this.at] != '"') {
			if (this.in[this.at++] == '\\') {
				return null;
			}
		}
		return this.texts.text(this.in, start, this.at++);
	}

	private boolean matches(String word) {
		if (this.at + word.length() > this.in.length) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (this.in[this.at + i] != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private boolean take(char c) {
		if (this.at < this.in.length && this.in[this.at] == c) {
			this.at++;
			return true;
		}
		return false;
	}

	private void skipSpace() {
		while (this.at < this.in.length && (this.in[this.at] == ' ' || this.in[this.at] == '\n'
				|| this.in[this.at] == '\t' || this.in[this.at] == '\r')) {
			this.at++;
		}
	}

}
