package com.gridloop.ingestion.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.gridloop.common.web.Problems;
import com.gridloop.ingestion.records.AliasDirectory;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A merge of one golden customer into another, with who decided it and why; undone at
 * most once, through {@link #undo}, which returns the {@link CustomerSplit} it causes.
 */
@Entity
@Table(name = "customer_merge")
public class CustomerMerge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String survivorId;

	private String mergedId;

	/**
	 * The identifiers ({@code type:value}) that moved to the survivor; text[] in the
	 * table.
	 */
	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] aliases;

	private String previousStatus;

	private String reason;

	private String decidedBy;

	private Instant mergedAt;

	private String undoneBy;

	private Instant undoneAt;

	private String undoReason;

	@Version
	private long version;

	protected CustomerMerge() {
	}

	/**
	 * {@code mergedId} retired into {@code survivorId}, which took {@code aliases}; it
	 * was {@code previousStatus}.
	 */
	static CustomerMerge of(String survivorId, String mergedId, List<String> aliases, String previousStatus,
			String reason, String user) {
		if (survivorId.equals(mergedId)) {
			throw Problems.unprocessable("merge-self", "A customer cannot be merged into itself");
		}
		CustomerMerge merge = new CustomerMerge();
		merge.survivorId = survivorId;
		merge.mergedId = mergedId;
		merge.aliases = aliases.toArray(String[]::new);
		merge.previousStatus = previousStatus;
		merge.reason = reason;
		merge.decidedBy = user;
		merge.mergedAt = now();
		return merge;
	}

	/** The event of this merge; it carries the id, so only once the merge is stored. */
	CustomerMerged merged() {
		if (this.id == null) {
			throw new IllegalStateException("A merge is published once stored");
		}
		return new CustomerMerged(this.id, this.survivorId, this.mergedId, AliasDirectory.published(aliases()),
				this.reason, this.decidedBy);
	}

	/**
	 * The merge was wrong: the merged customer is to get its identifiers and its previous
	 * status back.
	 */
	CustomerSplit undo(String user, String reason) {
		if (this.undoneAt != null) {
			throw Problems.conflict("merge-undone", "Merge " + this.id + " was already undone");
		}
		this.undoneBy = user;
		this.undoneAt = now();
		this.undoReason = reason;
		return new CustomerSplit(this.survivorId, this.mergedId, this.previousStatus,
				AliasDirectory.published(aliases()), this.id, reason, user);
	}

	// Microseconds: what the timestamptz column keeps, so a read back equals what was
	// set.
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	public Long id() {
		return this.id;
	}

	public String survivorId() {
		return this.survivorId;
	}

	public String mergedId() {
		return this.mergedId;
	}

	public List<String> aliases() {
		return List.of(this.aliases);
	}

	public String previousStatus() {
		return this.previousStatus;
	}

	public boolean undone() {
		return this.undoneAt != null;
	}

	public String undoneBy() {
		return this.undoneBy;
	}

	public long version() {
		return this.version;
	}

}
