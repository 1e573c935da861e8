package com.gridloop.profile.segmentation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nightly runs' lifecycle ({@link SegmentationRun}), one transaction per step so each
 * is visible at once to whoever follows the run, and the views the API shows of them.
 */
@Component
public class SegmentationRuns {

	/** A run as the API shows it. */
	public record RunView(UUID id, String trigger, RunStatus status, Instant startedAt, Instant finishedAt,
			long customers, long assigned, long changed, String modelVersion, JsonNode detail, String error,
			Instant cancelRequestedAt) {
	}

	/**
	 * How long a run may hold the lock: a run started earlier and not ended has died with
	 * its process.
	 */
	private static final Duration LOCK_BOUND = Duration.ofHours(2);

	private final SegmentationRunRepository repository;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	SegmentationRuns(SegmentationRunRepository repository, JdbcTemplate jdbc, JsonMapper json) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Registers a run so its progress can be followed, before it starts. */
	@Transactional
	public UUID register(String trigger) {
		return this.repository.save(SegmentationRun.register(trigger)).id();
	}

	/** Whether a run started within the lock's bound has not ended yet. */
	@Transactional(readOnly = true)
	public boolean inProgress() {
		return this.repository.existsByStatusInAndStartedAtAfter(
				EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING, RunStatus.SEGMENTED), Instant.now().minus(LOCK_BOUND));
	}

	@Transactional(readOnly = true)
	public Optional<RunView> view(UUID id) {
		return this.repository.findById(id).map(this::view);
	}

	RunView view(SegmentationRun r) {
		return new RunView(r.id(), r.trigger(), r.status(), r.startedAt(), r.finishedAt(), r.customers(), r.assigned(),
				r.changed(), r.modelVersion(), r.detail() == null ? null : this.json.readTree(r.detail()), r.error(),
				r.cancelRequestedAt());
	}

	@Transactional
	void started(UUID runId) {
		run(runId).start();
	}

	/**
	 * Memberships written; the run becomes the current one only when {@link #complete}
	 * marks it SUCCEEDED.
	 */
	@Transactional
	void segmented(UUID runId, long customers, long changed, String modelVersion, Map<String, Object> detail) {
		run(runId).segmented(customers, changed, modelVersion, this.json.writeValueAsString(detail));
		this.jdbc.update("update segmentation_run set assigned = ? where id = ?", customers, runId);
	}

	/**
	 * Adds chunk by chunk to the memberships written, so the run's progress can be
	 * followed: a bulk counter written while the run's cursor reads on, not a step of its
	 * lifecycle.
	 */
	void assigned(UUID runId, int n) {
		this.jdbc.update("update segmentation_run set assigned = assigned + ? where id = ?", n, runId);
	}

	/**
	 * Completes a segmented run: adds the models it trained (their metrics) and makes it
	 * the current run.
	 */
	@Transactional
	public void complete(UUID runId, Map<String, Object> models) {
		SegmentationRun run = run(runId);
		ObjectNode detail = run.detail() == null ? this.json.createObjectNode()
				: (ObjectNode) this.json.readTree(run.detail());
		detail.set("models", this.json.valueToTree(models));
		run.succeed(this.json.writeValueAsString(detail));
	}

	/** Records a failure at any step. */
	@Transactional
	public void fail(UUID runId, Exception ex) {
		run(runId).fail(String.valueOf(ex.getMessage()));
	}

	/**
	 * Asks a run that has not ended to stop at its next step; false when the run has
	 * ended (or is unknown).
	 */
	@Transactional
	public boolean requestCancel(UUID runId) {
		return this.jdbc.update("""
				update segmentation_run set cancel_requested_at = coalesce(cancel_requested_at, now())
				where id = ? and status in ('QUEUED', 'RUNNING', 'SEGMENTED')""", runId) == 1;
	}

	/** Whether cancelling the run was requested. */
	@Transactional(readOnly = true)
	public boolean cancelRequested(UUID runId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select cancel_requested_at is not null from segmentation_run where id = ?", Boolean.class, runId));
	}

	/** Ends a run on its cancel request. */
	@Transactional
	public void cancel(UUID runId) {
		run(runId).cancel();
	}

	/**
	 * Records that a registered run did not start because another replica held the lock.
	 */
	@Transactional
	public void skipped(UUID runId) {
		run(runId).skip();
	}

	/** The current run, or null before the first success. */
	@Transactional(readOnly = true)
	UUID latestSucceeded() {
		return this.repository.findFirstByStatusOrderByFinishedAtDesc(RunStatus.SUCCEEDED)
			.map(SegmentationRun::id)
			.orElse(null);
	}

	private SegmentationRun run(UUID id) {
		return this.repository.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No segmentation run " + id));
	}

}
