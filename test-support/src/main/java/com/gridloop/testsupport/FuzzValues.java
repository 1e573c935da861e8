package com.gridloop.testsupport;

import java.util.List;

/**
 * Malformed values the {@link EndpointFuzz} puts into parameters and JSON fields: wrong
 * types, numbers past every Java and PostgreSQL range, negative and empty values, unicode
 * from other scripts and planes, control characters (NUL included), impossible dates and
 * long strings.
 */
final class FuzzValues {

	/** Raw parameter values, URL-encoded when sent. */
	static final List<String> PARAMETERS = List.of("abc", "", " ", "-1", "0", "-9223372036854775808",
			"99999999999999999999", "9223372036854775808", "2147483648", "1e309", "-1e309", "NaN", "Infinity", "1.5",
			"true", "张伟明", "😀🙈🇨🇳", "\u202Eevil\u202C", "مرحبا", "a\u0000b", "\u0000", "\u0001\u001f\u007f",
			"\t\r\n", "2026-02-30", "2026-13-45", "9999999-01-01", "00000000-0000-0000-0000-00000000000Z",
			"'; DROP TABLE x;--", "%", "..", "x".repeat(2000));

	/** Raw JSON values put in place of one field of a body. */
	static final List<String> JSON = List.of("\"abc\"", "\"\"", "\" \"", "-1", "0", "-0.0", "1.5", "1e309", "-1e309",
			"99999999999999999999", "-99999999999999999999", "9223372036854775808", "2147483648", "1" + "0".repeat(400),
			"\"1e309\"", "\"NaN\"", "true", "null", "[]", "{}", "[[[[1]]]]", "{\"a\":{\"b\":{\"c\":[1,{}]}}}",
			"\"张伟明\"", "\"😀🙈🇨🇳\"", "\"\\u202Eevil\\u202C\"", "\"مرحبا\"", "\"a\\u0000b\"", "\"\\u0000\"",
			"\"\\u0001\\u001f\\u007f\"", "\"\\ud800\"", "\"\\t\\r\\n\"", "\"2026-02-30\"", "\"2026-13-45T25:61:00Z\"",
			"\"9999999-01-01\"", "\"+999999999-12-31T23:59:59Z\"", "\"00000000-0000-0000-0000-00000000000Z\"",
			"\"" + "x".repeat(100_000) + "\"", "[" + "1,".repeat(10_000) + "1]");

	/**
	 * The values every parameter and field gets (the rest are drawn at random): a NUL
	 * byte, a number past {@code long}, one past {@code double}, the wrong type, empty.
	 */
	static final List<String> CORE_PARAMETERS = List.of("a\u0000b", "99999999999999999999", "1e309", "abc", "");

	static final List<String> CORE_JSON = List.of("\"a\\u0000b\"", "99999999999999999999", "1e309", "\"abc\"", "null",
			"{}");

	/**
	 * Whole bodies no endpoint may accept: not JSON at all, or nested past any real body
	 * (Jackson's limit is 1,000 levels).
	 */
	static final List<String> REFUSED_JSON = List.of("", " ", "{not json", "{\"a\":", "\u0000", "{\"a\":1,}", "NaN",
			"'single'", "[".repeat(10_000), "[".repeat(10_000) + "]".repeat(10_000),
			"{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500));

	/**
	 * Whole bodies that are JSON, but odd: the wrong kind of document, numbers past every
	 * range, repeated keys.
	 */
	static final List<String> ODD_JSON = List.of("null", "[]", "{}", "\"text\"", "1e309", "99999999999999999999",
			"{\"a\":1}{\"a\":2}", "{\"\u0000\":1}", "{" + "\"k\":1,".repeat(50_000) + "\"k\":1}");

	private FuzzValues() {
	}

}
