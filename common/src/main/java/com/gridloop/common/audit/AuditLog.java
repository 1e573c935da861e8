package com.gridloop.common.audit;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The service's audit trail ({@code audit_event}): who read or changed which customers'
 * personal data, and when. The few places that read personal data, export it, change
 * consent, merge customers or correct outcomes call {@link #record}; administrators read
 * it at {@code GET /api/v1/audit}.
 */
public class AuditLog {

	/** What was done. */
	public enum Action {

		PERSONAL_DATA_READ, EXPORT, CONSENT_CHANGE, MERGE, OUTCOME_CORRECTION, ERASURE

	}

	/** One audited act. */
	public record Entry(long id, Instant at, String actor, String action, int customerCount, List<String> customerIds,
			String detail) {
	}

	private final JdbcClient jdbc;

	public AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that the current user did {@code action} on the customers, with a short
	 * detail such as the endpoint; nothing when there are no customers.
	 */
	public void record(Action action, Collection<String> customerIds, String detail) {
		if (customerIds.isEmpty()) {
			return;
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		this.jdbc.sql("""
				insert into audit_event (actor, action, customer_count, customer_ids, detail)
				values (?, ?, ?, ?, ?)""")
			.params(user == null ? "system" : user.getName(), action.name(), customerIds.size(),
					new SqlArrayValue("text", customerIds.stream().distinct().toArray()), detail)
			.update();
	}

	/**
	 * Entries after {@code after} (an id; 0 for the first), optionally of one action or
	 * about one customer, oldest first.
	 */
	public List<Entry> read(long after, String action, String customerId, int size) {
		return this.jdbc
			.sql("""
					select id, at, actor, action, customer_count, customer_ids, detail from audit_event
					where id > ? and (?::text is null or action = ?::text) and (?::text is null or ?::text = any(customer_ids))
					order by id limit ?""")
			.params(after, action, action, customerId, customerId, size)
			.query((rs, i) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
					rs.getInt(5), strings(rs.getArray(6)), rs.getString(7)))
			.list();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
