package com.gridloop.profile.segmentation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One nightly segmentation run: registered, started, segmented (memberships written),
 * then succeeded, failed or skipped. Its state changes only through the methods named
 * after them, each refusing a step out of order.
 */
@Entity
@Table(name = "segmentation_run")
public class SegmentationRun {

	@Id
	private UUID id;

	private String trigger;

	@Enumerated(EnumType.STRING)
	private RunStatus status;

	private Instant startedAt;

	private Instant finishedAt;

	private long customers;

	/**
	 * Counted up by the membership writer while the run goes on (a bulk counter), never
	 * written back from here.
	 */
	@Column(updatable = false)
	private long assigned;

	private long changed;

	private String modelVersion;

	/** The run's detail as JSON text (segments, k, models); jsonb in the table. */
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String detail;

	private String error;

	/**
	 * When cancelling was requested: set by a bulk update the running job does not
	 * overwrite, read between the steps.
	 */
	@Column(insertable = false, updatable = false)
	private Instant cancelRequestedAt;

	@Version
	private long version;

	protected SegmentationRun() {
	}

	/** A run registered so its progress can be followed before it starts. */
	static SegmentationRun register(String trigger) {
		SegmentationRun run = new SegmentationRun();
		run.id = UUID.randomUUID();
		run.trigger = trigger;
		run.status = RunStatus.QUEUED;
		run.startedAt = Instant.now();
		return run;
	}

	void start() {
		expect(RunStatus.QUEUED);
		this.status = RunStatus.RUNNING;
		this.startedAt = Instant.now();
	}

	/**
	 * Memberships written; the run becomes the current one only when {@link #succeed}
	 * marks it SUCCEEDED.
	 */
	void segmented(long customers, long changed, String modelVersion, String detailJson) {
		expect(RunStatus.RUNNING);
		this.status = RunStatus.SEGMENTED;
		this.customers = customers;
		this.changed = changed;
		this.modelVersion = modelVersion;
		this.detail = detailJson;
	}

	/**
	 * The models the night trained are recorded with it: it is the current run from now
	 * on.
	 */
	void succeed(String detailJson) {
		expect(RunStatus.SEGMENTED);
		this.status = RunStatus.SUCCEEDED;
		this.finishedAt = Instant.now();
		this.detail = detailJson;
	}

	/** Ends the run at whatever step it was; a run already ended stays as it ended. */
	void fail(String reason) {
		end(RunStatus.FAILED, reason);
	}

	/** Stops a run that has not ended, between two of its steps. */
	void cancel() {
		end(RunStatus.CANCELLED, "Cancelled on request");
	}

	void skip() {
		expect(RunStatus.QUEUED);
		end(RunStatus.SKIPPED, "Another replica was running a segmentation");
	}

	private void end(RunStatus status, String error) {
		if (this.status.ended()) {
			return;
		}
		this.status = status;
		this.finishedAt = Instant.now();
		this.error = error;
	}

	private void expect(RunStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("Run " + this.id + " is " + this.status + ", not " + expected);
		}
	}

	public UUID id() {
		return this.id;
	}

	public String trigger() {
		return this.trigger;
	}

	public RunStatus status() {
		return this.status;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant finishedAt() {
		return this.finishedAt;
	}

	public long customers() {
		return this.customers;
	}

	public long assigned() {
		return this.assigned;
	}

	public long changed() {
		return this.changed;
	}

	public String modelVersion() {
		return this.modelVersion;
	}

	public String detail() {
		return this.detail;
	}

	public String error() {
		return this.error;
	}

	public Instant cancelRequestedAt() {
		return this.cancelRequestedAt;
	}

}
