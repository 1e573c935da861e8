package com.gridloop.ingestion.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.web.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges of golden customers found to be one person, their undoing, and removal of a single wrong link; each is
 * recorded with who decided it and why, and published ({@link CustomerMerged}, {@link CustomerSplit}).
 */
@Service
public class CustomerMerges {

	/** An alias type whose records belong to a source system rather than to the archive. */
	private static final String SOURCE_PREFIX = "SOURCE:";

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	CustomerMerges(JdbcTemplate jdbc, Outbox outbox, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.events = events;
	}

	/** Retires {@code mergedId} into {@code survivorId}: its identifiers move, its status becomes MERGED. */
	@Transactional
	public Map<String, Object> merge(String survivorId, String mergedId, String reason, String user) {
		if (survivorId.equals(mergedId)) {
			throw Problems.unprocessable("merge-self", "A customer cannot be merged into itself");
		}
		String survivorStatus = status(survivorId);
		String mergedStatus = status(mergedId);
		if ("MERGED".equals(survivorStatus) || "MERGED".equals(mergedStatus)) {
			throw Problems.conflict("already-merged", "Customer "
					+ ("MERGED".equals(survivorStatus) ? survivorId : mergedId) + " is already merged into another");
		}
		List<String> aliases = this.jdbc.queryForList("""
				update customer_alias set customer_id = ? where customer_id = ?
				returning alias_type || ':' || alias_value""", String.class, survivorId, mergedId);
		this.jdbc.update("update customer set status = 'MERGED', merged_into = ?, updated_at = now() where customer_id = ?",
				survivorId, mergedId);
		this.jdbc.update("update customer set updated_at = now() where customer_id = ?", survivorId);
		Long id = this.jdbc.queryForObject("""
				insert into customer_merge (survivor_id, merged_id, aliases, previous_status, reason, decided_by)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, survivorId, mergedId,
				aliases.toArray(String[]::new), mergedStatus, reason, user);
		this.outbox.append(Events.CUSTOMER_MERGED, survivorId,
				new CustomerMerged(id, survivorId, mergedId, aliases, reason, user));
		return view(id);
	}

	/** Gives a merged customer its identifiers and its status back. */
	@Transactional
	public Map<String, Object> undo(long mergeId, String reason, String user) {
		Map<String, Object> merge = view(mergeId);
		if (merge.get("undoneAt") != null) {
			throw Problems.conflict("merge-undone", "Merge " + mergeId + " was already undone");
		}
		String survivorId = (String) merge.get("survivorId");
		String mergedId = (String) merge.get("mergedId");
		@SuppressWarnings("unchecked")
		List<String> aliases = (List<String>) merge.get("aliases");
		for (String alias : aliases) {
			int colon = alias.lastIndexOf(':');
			this.jdbc.update("""
					update customer_alias set customer_id = ? where alias_type = ? and alias_value = ? and customer_id = ?""",
					mergedId, alias.substring(0, colon), alias.substring(colon + 1), survivorId);
		}
		String restoredStatus = this.jdbc.queryForObject("select previous_status from customer_merge where id = ?",
				String.class, mergeId);
		this.jdbc.update("update customer set status = ?, merged_into = null, updated_at = now() where customer_id = ?",
				restoredStatus, mergedId);
		this.jdbc.update("update customer set updated_at = now() where customer_id = ?", survivorId);
		this.jdbc.update("update customer_merge set undone_by = ?, undone_at = now(), undo_reason = ? where id = ?",
				user, reason, mergeId);
		this.outbox.append(Events.CUSTOMER_SPLIT, survivorId,
				new CustomerSplit(survivorId, mergedId, restoredStatus, aliases, mergeId, reason, user));
		return view(mergeId);
	}

	/** Removes one wrong link: the identifier no longer leads to the customer (a customer's own number stays). */
	@Transactional
	public Map<String, Object> unlink(String aliasType, String aliasValue, String reason, String user) {
		List<String> owners = this.jdbc.queryForList(
				"select customer_id from customer_alias where alias_type = ? and alias_value = ?", String.class,
				aliasType, aliasValue);
		if (owners.isEmpty()) {
			throw Problems.notFound("Link " + aliasType, aliasValue);
		}
		if ("CUSTOMER_NO".equals(aliasType)) {
			throw Problems.unprocessable("own-number", "A customer's own customer number cannot be unlinked");
		}
		String customerId = owners.get(0);
		this.jdbc.update("delete from customer_alias where alias_type = ? and alias_value = ?", aliasType, aliasValue);
		this.jdbc.update("update customer set updated_at = now() where customer_id = ?", customerId);
		String alias = aliasType + ":" + aliasValue;
		this.outbox.append(Events.CUSTOMER_SPLIT, customerId,
				new CustomerSplit(customerId, null, null, List.of(alias), null, reason, user));
		if (aliasType.startsWith(SOURCE_PREFIX)) {
			String source = aliasType.substring(SOURCE_PREFIX.length());
			// Remembered as a rejected pair, so the matcher does not make the same link again when the record returns.
			this.jdbc.update("""
					insert into identity_review (record_id, source, record, candidate_customer_id, probability,
					  explanation, status, decided_by, decided_at)
					values (?, ?, '{}'::jsonb, ?, 0, jsonb_build_object('unlinked', ?::text), 'REJECTED', ?, now())
					on conflict (source, record_id, candidate_customer_id) do update set status = 'REJECTED',
					  decided_by = excluded.decided_by, decided_at = now()""", aliasValue, source, customerId, reason,
					user);
			this.events.publishEvent(new RecordUnlinked(source, aliasValue, customerId));
		}
		return Map.of("customerId", customerId, "alias", alias, "unlinkedBy", user);
	}

	/** The merges a customer took part in, newest first. */
	public List<Map<String, Object>> of(String customerId) {
		return this.jdbc.queryForList("select id from customer_merge where survivor_id = ? or merged_id = ? order by id desc",
				Long.class, customerId, customerId).stream().map(this::view).toList();
	}

	public Map<String, Object> view(long id) {
		List<Map<String, Object>> rows = this.jdbc.query("select * from customer_merge where id = ?",
				(rs, i) -> {
					Map<String, Object> m = new java.util.LinkedHashMap<>();
					m.put("id", rs.getLong("id"));
					m.put("survivorId", rs.getString("survivor_id"));
					m.put("mergedId", rs.getString("merged_id"));
					m.put("aliases", Arrays.asList((String[]) rs.getArray("aliases").getArray()));
					m.put("reason", rs.getString("reason"));
					m.put("decidedBy", rs.getString("decided_by"));
					m.put("mergedAt", rs.getTimestamp("merged_at").toInstant());
					m.put("undoneBy", rs.getString("undone_by"));
					m.put("undoneAt", rs.getTimestamp("undone_at") == null ? null : rs.getTimestamp("undone_at").toInstant());
					m.put("undoReason", rs.getString("undo_reason"));
					return m;
				}, id);
		if (rows.isEmpty()) {
			throw Problems.notFound("Merge", id);
		}
		return rows.get(0);
	}

	private String status(String customerId) {
		List<String> found = this.jdbc.queryForList("select status from customer where customer_id = ?", String.class,
				customerId);
		if (found.isEmpty()) {
			throw Problems.notFound("Customer", customerId);
		}
		return found.get(0);
	}

}
