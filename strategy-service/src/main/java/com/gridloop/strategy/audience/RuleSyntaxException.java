package com.gridloop.strategy.audience;

/**
 * A rule that cannot be read or does not fit the tag registry, with where it goes wrong:
 * the 1-based character position, the token found there and, for registry errors, the
 * tag.
 */
final class RuleSyntaxException extends RuntimeException {

	private final int position;

	private final String token;

	private final String tag;

	RuleSyntaxException(int position, String token, String message) {
		this(position, token, null, message);
	}

	RuleSyntaxException(int position, String token, String tag, String message) {
		super(message);
		this.position = position;
		this.token = token;
		this.tag = tag;
	}

	int position() {
		return this.position;
	}

	String token() {
		return this.token;
	}

	/** The tag the error names, or null for a syntax error. */
	String tag() {
		return this.tag;
	}

}
