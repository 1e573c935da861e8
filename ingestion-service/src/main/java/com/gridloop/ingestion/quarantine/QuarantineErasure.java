package com.gridloop.ingestion.quarantine;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Erasure of quarantined raw lines: a line that names an erased customer (one of its
 * fields is the customer's id, number, name, phone, address or another of its aliases)
 * loses its raw text and its message, which may quote it; the line number and reason
 * stay, and a line without text is never replayed. A field must match whole, so that a
 * customer number never erases the line of a longer one.
 */
@Component
public record QuarantineErasure(JdbcClient jdbc) {

	/** What separates fields in CSV lines and JSON lines. */
	private static final Pattern FIELDS = Pattern.compile("[,;\\t|\"{}\\[\\]:]");

	static final String ERASED = "Erased with the customer's personal data";

	/**
	 * Erases every quarantined line with a field equal to one of {@code identifiers}.
	 * @return the number of lines erased
	 */
	public int erase(Collection<String> identifiers) {
		Set<String> wanted = identifiers.stream()
			.filter(v -> v != null && v.strip().length() >= 2)
			.map(String::strip)
			.collect(Collectors.toSet());
		if (wanted.isEmpty()) {
			return 0;
		}
		List<Long> ids = this.jdbc.sql("""
				select id, raw_line from quarantine_row where raw_line is not null
				and exists (select 1 from unnest(?::text[]) v where strpos(raw_line, v) > 0)""")
			.param(new SqlArrayValue("text", wanted.toArray()))
			.query((rs, i) -> names(rs.getString(2), wanted) ? rs.getLong(1) : null)
			.list()
			.stream()
			.filter(id -> id != null)
			.toList();
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("update quarantine_row set raw_line = null, message = ? where id = any(?)")
			.params(ERASED, new SqlArrayValue("bigint", ids.toArray()))
			.update();
	}

	private static boolean names(String raw, Set<String> wanted) {
		return Arrays.stream(FIELDS.split(raw)).map(String::strip).anyMatch(wanted::contains);
	}

}
