package com.gridloop.ingestion.identity;

import java.util.List;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.web.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges of golden customers found to be one person, their undoing, and removal of a
 * single wrong link; each is recorded with who decided it and why, and published
 * ({@link CustomerMerged}, {@link CustomerSplit}). The merge itself is a
 * {@link CustomerMerge}; the customers and aliases it moves are changed here.
 */
@Service
public class CustomerMerges {

	/** What an unlink removed, and who removed it. */
	public record Unlinked(String customerId, String alias, String unlinkedBy) {
	}

	/**
	 * An alias type whose records belong to a source system rather than to the archive.
	 */
	private static final String SOURCE_PREFIX = "SOURCE:";

	private final JdbcTemplate jdbc;

	private final CustomerMergeRepository merges;

	private final IdentityReviewRepository reviews;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	CustomerMerges(JdbcTemplate jdbc, CustomerMergeRepository merges, IdentityReviewRepository reviews, Outbox outbox,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.merges = merges;
		this.reviews = reviews;
		this.outbox = outbox;
		this.events = events;
	}

	/**
	 * Retires {@code mergedId} into {@code survivorId}: its identifiers move, its status
	 * becomes MERGED.
	 * @return the merge's id
	 */
	@Transactional
	public long merge(String survivorId, String mergedId, String reason, String user) {
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
		this.jdbc.update(
				"update customer set status = 'MERGED', merged_into = ?, updated_at = now() where customer_id = ?",
				survivorId, mergedId);
		this.jdbc.update("update customer set updated_at = now() where customer_id = ?", survivorId);
		CustomerMerge merge = this.merges
			.save(CustomerMerge.of(survivorId, mergedId, aliases, mergedStatus, reason, user));
		this.outbox.append(Events.CUSTOMER_MERGED, survivorId, merge.merged());
		return merge.id();
	}

	/** Gives a merged customer its identifiers and its status back. */
	@Transactional
	public void undo(long mergeId, String reason, String user) {
		CustomerMerge merge = this.merges.findById(mergeId).orElseThrow(() -> Problems.notFound("Merge", mergeId));
		CustomerSplit split = merge.undo(user, reason);
		// Flushed first: a concurrent undo of the same merge fails here (@Version),
		// before anything moves.
		this.merges.saveAndFlush(merge);
		for (String alias : split.aliases()) {
			int colon = alias.lastIndexOf(':');
			this.jdbc
				.update("""
						update customer_alias set customer_id = ? where alias_type = ? and alias_value = ? and customer_id = ?""",
						split.restoredId(), alias.substring(0, colon), alias.substring(colon + 1), split.customerId());
		}
		this.jdbc.update("update customer set status = ?, merged_into = null, updated_at = now() where customer_id = ?",
				split.restoredStatus(), split.restoredId());
		this.jdbc.update("update customer set updated_at = now() where customer_id = ?", split.customerId());
		this.outbox.append(Events.CUSTOMER_SPLIT, split.customerId(), split);
	}

	/**
	 * Removes one wrong link: the identifier no longer leads to the customer (a
	 * customer's own number stays).
	 */
	@Transactional
	public Unlinked unlink(String aliasType, String aliasValue, String reason, String user) {
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
			// Remembered as a rejected pair, so the matcher does not make the same link
			// again when the record returns.
			IdentityReview pair = this.reviews
				.findBySourceAndRecordIdAndCandidateCustomerId(source, aliasValue, customerId)
				.orElseGet(() -> IdentityReview.ofRemovedLink(source, aliasValue, customerId, reason));
			RecordUnlinked unlinked = pair.linkRemoved(user);
			this.reviews.save(pair);
			this.events.publishEvent(unlinked);
		}
		return new Unlinked(customerId, alias, user);
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
