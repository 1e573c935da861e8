package com.gridloop.profile.segmentation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The states of a nightly run in {@code segmentation_run}: QUEUED when registered, RUNNING, SEGMENTED once its
 * memberships are written, SUCCEEDED (the current run) once its models are recorded too, or FAILED or SKIPPED.
 */
@Component
public class SegmentationRuns {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	SegmentationRuns(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Registers a run so its progress can be followed, before it starts. */
	public UUID register(String trigger) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("insert into segmentation_run (id, trigger, status, started_at) values (?, ?, 'QUEUED', now())",
				id, trigger);
		return id;
	}

	/** Whether a run started in the last two hours (the lock's bound) has not ended yet. */
	public boolean inProgress() {
		Integer running = this.jdbc.queryForObject("""
				select count(*) from segmentation_run where status in ('QUEUED', 'RUNNING', 'SEGMENTED')
				  and started_at > now() - interval '2 hours'""", Integer.class);
		return running != null && running > 0;
	}

	/** A run as the API shows it, or null if there is none with this id. */
	public Map<String, Object> view(UUID id) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select id, trigger, status, started_at, finished_at, customers, assigned, changed, model_version,
				       detail::text as detail, error,
				       (select count(*) from customer_feature) as customers_with_features
				from segmentation_run where id = ?""", id);
		return rows.isEmpty() ? null : rows.get(0);
	}

	void started(UUID runId) {
		this.jdbc.update("update segmentation_run set status = 'RUNNING', started_at = now() where id = ?", runId);
	}

	/** Memberships written; the run becomes the current one only when {@link #complete} marks it SUCCEEDED. */
	void segmented(UUID runId, long customers, long changed, String modelVersion, Map<String, Object> detail) {
		this.jdbc.update("""
				update segmentation_run set status = 'SEGMENTED', customers = ?, assigned = ?,
				  changed = ?, model_version = ?, detail = ?::jsonb where id = ?""", customers, customers, changed,
				modelVersion, this.json.writeValueAsString(detail), runId);
	}

	/** Adds chunk by chunk to the memberships written, so the run's progress can be followed. */
	void assigned(UUID runId, int n) {
		this.jdbc.update("update segmentation_run set assigned = assigned + ? where id = ?", n, runId);
	}

	/** Completes a segmented run: adds the models it trained (their metrics) and makes it the current run. */
	public void complete(UUID runId, Map<String, Object> models) {
		this.jdbc.update("""
				update segmentation_run set status = 'SUCCEEDED', finished_at = now(),
				  detail = coalesce(detail, '{}'::jsonb) || jsonb_build_object('models', ?::jsonb) where id = ?""",
				this.json.writeValueAsString(models), runId);
	}

	/** Records a failure at any step. */
	public void fail(UUID runId, Exception ex) {
		this.jdbc.update("update segmentation_run set status = 'FAILED', finished_at = now(), error = ? where id = ?",
				String.valueOf(ex.getMessage()), runId);
	}

	/** Records that a registered run did not start because another replica held the lock. */
	public void skipped(UUID runId) {
		this.jdbc.update("""
				update segmentation_run set status = 'SKIPPED', finished_at = now(),
				  error = 'Another replica was running a segmentation' where id = ?""", runId);
	}

	/** The current run, or null before the first success. */
	UUID latestSucceeded() {
		List<UUID> ids = this.jdbc.queryForList(
				"select id from segmentation_run where status = 'SUCCEEDED' order by finished_at desc limit 1",
				UUID.class);
		return ids.isEmpty() ? null : ids.get(0);
	}

}
