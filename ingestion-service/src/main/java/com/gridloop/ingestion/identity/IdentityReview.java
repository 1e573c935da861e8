package com.gridloop.ingestion.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import com.gridloop.common.web.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A doubtful link of a source record to a golden customer, waiting for a person: accepted
 * once or rejected once. Its state changes only through {@link #accept}, {@link #reject}
 * and {@link #linkRemoved}, which return what they cause.
 */
@Entity
@Table(name = "identity_review")
public class IdentityReview {

	/** Where a review stands. */
	public enum Status {

		OPEN, ACCEPTED, REJECTED

	}

	/**
	 * What accepting a review causes: a record linked to the customer, or for an archive
	 * pair a merge.
	 */
	public sealed interface Acceptance permits Linking, MergeAccepted {

	}

	/**
	 * An accepted archive pair: the later customer ({@code mergedId}) is to be merged
	 * into the earlier one.
	 */
	public record MergeAccepted(String survivorId, String mergedId, String reason) implements Acceptance {
	}

	/** Reads the proposed record back; the service wrote it with default settings. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The bulk path's upsert of proposed links (a record, its candidate customer, the
	 * probability and its explanation), written by JDBC rather than loaded as entities; a
	 * changed probability bumps the version, so a person deciding on the old one is
	 * refused. What it returns follows.
	 */
	static final String BULK_UPSERT_RETURNING = """
			insert into identity_review (record_id, source, record, candidate_customer_id, probability,
			  explanation) values (?, ?, ?::jsonb, ?, ?, ?::jsonb)
			on conflict (source, record_id, candidate_customer_id) do update
			  set probability = excluded.probability, explanation = excluded.explanation,
			    version = identity_review.version + 1
			returning\s""";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recordId;

	private String source;

	/**
	 * The proposed record as JSON text ({@link IdentityService.Candidate}); jsonb in the
	 * table.
	 */
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String record;

	private String candidateCustomerId;

	private double probability;

	/** The match explanation as JSON text; jsonb in the table. */
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String explanation;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String decidedBy;

	private Instant decidedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected IdentityReview() {
	}

	/**
	 * A doubtful link queued for a person; the bulk paths (resolve, the archive scan)
	 * write the same row by JDBC.
	 */
	static IdentityReview queue(IdentityService.Candidate proposed, String customerId, double probability,
			String explanationJson) {
		IdentityReview review = new IdentityReview();
		review.source = proposed.source();
		review.recordId = proposed.recordId();
		review.candidateCustomerId = customerId;
		review.record = JSON.writeValueAsString(proposed);
		review.probability = probability;
		review.explanation = explanationJson;
		review.status = Status.OPEN;
		review.createdAt = now();
		return review;
	}

	/**
	 * The pair behind a link a person removed, remembered so the matcher does not propose
	 * it again.
	 */
	static IdentityReview ofRemovedLink(String source, String recordId, String customerId, String reason) {
		IdentityReview review = new IdentityReview();
		review.source = source;
		review.recordId = recordId;
		review.candidateCustomerId = customerId;
		review.record = "{}";
		review.explanation = JSON.writeValueAsString(Map.of("unlinked", reason));
		review.status = Status.OPEN;
		review.createdAt = now();
		return review;
	}

	/**
	 * The record is this customer: linked like an automatic link, or for an archive pair
	 * merged.
	 */
	Acceptance accept(String user) {
		decide(Status.ACCEPTED, user);
		if (ArchiveDuplicates.SOURCE.equals(this.source)) {
			return new MergeAccepted(this.candidateCustomerId, this.recordId, "Duplicate in the archive (review "
					+ this.id + ", probability " + String.format(Locale.ROOT, "%.3f", this.probability) + ")");
		}
		return Linking.of(this.candidateCustomerId, proposed(), "REVIEW", this.probability);
	}

	/**
	 * The record is not this customer; nothing is published, the matcher will not propose
	 * the pair again.
	 */
	void reject(String user) {
		decide(Status.REJECTED, user);
	}

	/**
	 * A person removed the link of this pair: whatever was decided before, the pair is
	 * rejected from now on.
	 */
	RecordUnlinked linkRemoved(String user) {
		this.status = Status.REJECTED;
		this.decidedBy = user;
		this.decidedAt = now();
		return new RecordUnlinked(this.source, this.recordId, this.candidateCustomerId);
	}

	private void decide(Status decision, String user) {
		if (this.status != Status.OPEN) {
			throw Problems.conflict("review-decided", "Review " + this.id + " was already " + this.status);
		}
		this.status = decision;
		this.decidedBy = user;
		this.decidedAt = now();
	}

	IdentityService.Candidate proposed() {
		return JSON.readValue(this.record, IdentityService.Candidate.class);
	}

	// Microseconds: what the timestamptz column keeps, so a read back equals what was
	// set.
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	public Long id() {
		return this.id;
	}

	public String source() {
		return this.source;
	}

	public String recordId() {
		return this.recordId;
	}

	public String candidateCustomerId() {
		return this.candidateCustomerId;
	}

	public double probability() {
		return this.probability;
	}

	public Status status() {
		return this.status;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public long version() {
		return this.version;
	}

}
