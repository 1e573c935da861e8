package com.gridloop.ingestion.batch;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One uploaded file and what became of its rows. */
@Entity
@Table(name = "ingest_batch")
public class IngestBatch {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private Source source;

	private String fileName;

	private String checksum;

	private String charset;

	private String profile;

	private String header;

	private UUID replayOf;

	@Enumerated(EnumType.STRING)
	private BatchStatus status;

	private long bytesTotal;

	private long bytesRead;

	private long received;

	private long accepted;

	private long quarantined;

	private long duplicates;

	private long conflicts;

	private long estimated;

	private long factsPublished;

	private long spikes;

	private UUID duplicateOf;

	@Column(length = 4000)
	private String error;

	private Instant createdAt;

	private Instant startedAt;

	private Instant finishedAt;

	protected IngestBatch() {
	}

	static IngestBatch received(Source source, String fileName, String checksum, String charset, String profile,
			long bytes) {
		IngestBatch b = new IngestBatch();
		b.profile = profile;
		b.id = UUID.randomUUID();
		b.source = source;
		b.fileName = fileName;
		b.checksum = checksum;
		b.charset = charset;
		b.bytesTotal = bytes;
		b.status = BatchStatus.RECEIVED;
		b.createdAt = Instant.now();
		return b;
	}

	static IngestBatch duplicateOf(IngestBatch original, String fileName, long bytes) {
		IngestBatch b = received(original.source, fileName, original.checksum, original.charset, original.profile,
				bytes);
		b.status = BatchStatus.DUPLICATE;
		b.duplicateOf = original.id;
		b.finishedAt = b.createdAt;
		return b;
	}

	void start() {
		this.status = BatchStatus.RUNNING;
		this.startedAt = Instant.now();
	}

	void record(BatchTally t) {
		if (t.header != null) {
			this.header = safe(t.header);
		}
		this.bytesRead = t.bytesRead;
		this.received = t.received;
		this.accepted = t.accepted;
		this.quarantined = t.quarantined;
		this.duplicates = t.duplicates;
		this.conflicts = t.conflicts;
		this.estimated = t.estimated;
		this.factsPublished = t.factsPublished;
		this.spikes = t.spikes;
	}

	void complete(BatchTally t) {
		record(t);
		this.bytesRead = this.bytesTotal;
		this.status = BatchStatus.COMPLETED;
		this.finishedAt = Instant.now();
	}

	void fail(BatchTally t, String error) {
		record(t);
		this.status = BatchStatus.FAILED;
		this.error = safe(error);
		this.finishedAt = Instant.now();
	}

	/**
	 * Text from the file: PostgreSQL text cannot hold NUL, and 4,000 characters say
	 * enough.
	 */
	private static String safe(String text) {
		String clean = text.replace('\0', '?');
		return clean.length() > 4000 ? clean.substring(0, 4000) : clean;
	}

	public UUID id() {
		return this.id;
	}

	public String header() {
		return this.header;
	}

	void replays(UUID original) {
		this.replayOf = original;
	}

	public String profile() {
		return this.profile;
	}

	public Charset charset() {
		return Charset.forName(this.charset);
	}

	public Source source() {
		return this.source;
	}

	public BatchStatus status() {
		return this.status;
	}

	BatchView view() {
		double progress = this.bytesTotal == 0 ? (this.status == BatchStatus.RECEIVED ? 0 : 1)
				: Math.min(1.0, (double) this.bytesRead / this.bytesTotal);
		return new BatchView(this.id, this.source, this.fileName, this.status, this.checksum, this.charset,
				this.profile, this.bytesTotal, progress, this.received, this.accepted, this.quarantined,
				this.duplicates, this.conflicts, this.estimated, this.spikes, this.factsPublished, this.duplicateOf,
				this.error, this.createdAt, this.startedAt, this.finishedAt, this.replayOf);
	}

}
