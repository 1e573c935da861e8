package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Probabilistic matching of records without a shared key against the golden customers: an
 * incremental index over the archive (rebuilt when the archive grows), Fellegi-Sunter
 * decisions with their per-field explanation, links above the threshold recorded as
 * aliases and published, doubtful ones queued for a person.
 */
@Service
public class IdentityService {

	/** What a caller asks to resolve. */
	public record Candidate(String recordId, String source, String name, String phone, String address,
			String regionCode, String accountNo) {
	}

	/**
	 * A decision: the customer (when linked), the probability, and each field's part in
	 * it.
	 */
	public record Resolved(String recordId, String decision, String customerId, double probability,
			MatchExplanation explanation, Long reviewId) {
	}

	/**
	 * A settled review; {@code mergeId} is the merge an accepted archive pair made, else
	 * left out.
	 */
	public record ReviewDecision(long id, String status, @JsonInclude(JsonInclude.Include.NON_NULL) Long mergeId) {
	}

	private record Index(IdentityIndex index, String version) {
	}

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Thresholds thresholds = Thresholds.defaults();

	private volatile Index current;

	private final CustomerMerges merges;

	private final IdentityReviewRepository reviews;

	IdentityService(JdbcTemplate jdbc, Outbox outbox, JsonMapper json, ApplicationEventPublisher events,
			CustomerMerges merges, IdentityReviewRepository reviews) {
		this.merges = merges;
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.json = json;
		this.events = events;
	}

	@Transactional
	public List<Resolved> resolve(List<Candidate> candidates) {
		IdentityIndex index = index();
		List<Resolved> out = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			IdentityRecord record = new IdentityRecord(c.source() + ":" + c.recordId(), c.source(), c.name(), c.phone(),
					c.address(), c.regionCode(), c.accountNo());
			MatchExplanation best = index.match(record)
				.stream()
				.max(Comparator.comparingDouble(MatchExplanation::probability))
				.orElse(null);
			if (best == null || best.decision() == Decision.NO_LINK) {
				out.add(new Resolved(c.recordId(), Decision.NO_LINK.name(), null, best == null ? 0 : best.probability(),
						best, null));
				continue;
			}
			String customerId = customerOf(best);
			if (rejected(c, customerId)) {
				// A person said this record is not this customer (a rejected review, a
				// removed link).
				out.add(new Resolved(c.recordId(), Decision.NO_LINK.name(), null, best.probability(), best, null));
				continue;
			}
			if (best.decision() == Decision.LINK) {
				link(Linking.of(customerId, c, "AUTO", best.probability()));
				out.add(new Resolved(c.recordId(), Decision.LINK.name(), customerId, best.probability(), best, null));
			}
			else {
				// Bulk path (up to 10,000 records a call).
				Long review = this.jdbc.queryForObject(IdentityReview.BULK_UPSERT_RETURNING + "id", Long.class,
						c.recordId(), c.source(), this.json.writeValueAsString(c), customerId, best.probability(),
						this.json.writeValueAsString(best));
				out.add(new Resolved(c.recordId(), Decision.REVIEW.name(), customerId, best.probability(), best,
						review));
			}
		}
		return out;
	}

	/**
	 * Resolves the candidates and keeps the sure links (doubtful ones wait in the review
	 * queue).
	 * @return record id to customer id, for the records linked now
	 */
	@Transactional
	public Map<String, String> link(List<Candidate> candidates) {
		Map<String, String> linked = new java.util.HashMap<>();
		for (Resolved r : resolve(candidates)) {
			if (Decision.LINK.name().equals(r.decision())) {
				linked.put(r.recordId(), r.customerId());
			}
		}
		return linked;
	}

	/**
	 * Settles a queued review: accepted, the record is linked like an automatic link;
	 * rejected, it stays apart.
	 */
	@Transactional
	public ReviewDecision decide(long reviewId, boolean accept, String user) {
		IdentityReview review = this.reviews.findById(reviewId)
			.orElseThrow(() -> Problems.notFound("Review", reviewId));
		IdentityReview.Acceptance acceptance = null;
		if (accept) {
			acceptance = review.accept(user);
		}
		else {
			review.reject(user);
		}
		// Flushed first: a concurrent decision on the same review fails here (@Version),
		// before anything is linked.
		this.reviews.saveAndFlush(review);
		if (acceptance instanceof IdentityReview.MergeAccepted merge) {
			long mergeId = this.merges.merge(merge.survivorId(), merge.mergedId(), merge.reason(), user);
			return new ReviewDecision(reviewId, review.status().name(), mergeId);
		}
		if (acceptance instanceof Linking linking) {
			link(linking);
		}
		return new ReviewDecision(reviewId, review.status().name(), null);
	}

	private void link(Linking linking) {
		RecordLinked linked = linking.inService();
		this.jdbc.update("""
				insert into customer_alias (alias_type, alias_value, customer_id) values (?, ?, ?)
				on conflict (alias_type, alias_value) do update set customer_id = excluded.customer_id""",
				"SOURCE:" + linked.source(), linked.recordId(), linked.customerId());
		this.outbox.append(Events.IDENTITY_LINKED, linked.customerId(), linking.published());
		this.events.publishEvent(linked);
	}

	private boolean rejected(Candidate c, String customerId) {
		Boolean found = this.jdbc.queryForObject("""
				select exists (select 1 from identity_review where source = ? and record_id = ?
				  and candidate_customer_id = ? and status = 'REJECTED')""", Boolean.class, c.source(), c.recordId(),
				customerId);
		return Boolean.TRUE.equals(found);
	}

	private static String customerOf(MatchExplanation e) {
		String id = e.rightRecordId();
		return id.startsWith("customer:") ? id.substring("customer:".length()) : e.leftRecordId().substring(9);
	}

	/**
	 * The index over the golden customers, rebuilt when the archive has changed since it
	 * was built (a customer added, removed or updated: the count and the latest update
	 * time tell).
	 */
	private IdentityIndex index() {
		String version = this.jdbc.queryForObject(
				"select count(*) || '@' || coalesce(max(updated_at)::text, '') from customer", String.class);
		Index index = this.current;
		if (index != null && index.version().equals(version)) {
			return index.index();
		}
		synchronized (this) {
			index = this.current;
			if (index != null && index.version().equals(version)) {
				return index.index();
			}
			IdentityIndex fresh = new IdentityIndex(FellegiSunterModel.defaults());
			this.jdbc.query("""
					select customer_id, name, phone, address, region_code, cons_no from customer
					where merged_into is null""", rs -> {
				fresh.addKnown(new IdentityRecord("customer:" + rs.getString(1), "ARCHIVE", rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(1)));
			});
			this.current = new Index(fresh, version);
			return fresh;
		}
	}

}
