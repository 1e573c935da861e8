package com.gridloop.profile.nightly;

import java.util.UUID;

import com.gridloop.profile.ProfileIntegrationTest;
import com.gridloop.profile.segmentation.SegmentationRuns;
import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling a nightly run: the request is recorded at once, the pipeline stops before
 * its next step and the run ends as CANCELLED; an ended run cannot be cancelled.
 */
@ProfileIntegrationTest
class RunCancelTest {

	@LocalServerPort
	int port;

	@Autowired
	SegmentationRuns runs;

	@Autowired
	NightlyPipeline pipeline;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void aCancelledRunStopsBeforeItsNextStepAndEndsCancelled() {
		// A run registered and waiting for the lock, as the scheduler leaves it.
		UUID run = this.runs.register("TEST");
		TestHttp http = new TestHttp(this.port);
		var cancel = http.postJson("/api/v1/segmentation/runs/" + run + "/cancel", "analyst", "analyst-pw", "");
		assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(202);
		JsonNode requested = this.json.readTree(cancel.body());
		assertThat(requested.get("status").asString()).as("the step under way finishes first").isEqualTo("QUEUED");
		assertThat(requested.get("cancelRequestedAt").asString()).isNotBlank();

		long models = count("select count(*) from model_version");
		this.pipeline.run(run);
		JsonNode ended = this.json
			.readTree(http.get("/api/v1/segmentation/runs/" + run, "analyst", "analyst-pw").body());
		assertThat(ended.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(ended.get("finishedAt").asString()).isNotBlank();
		// No step ran: no models trained, no segments written.
		assertThat(count("select count(*) from model_version")).isEqualTo(models);
		assertThat(count("select count(*) from segment where run_id = '" + run + "'")).isZero();

		var again = http.postJson("/api/v1/segmentation/runs/" + run + "/cancel", "analyst", "analyst-pw", "");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("CANCELLED");
		assertThat(
				http.postJson("/api/v1/segmentation/runs/" + UUID.randomUUID() + "/cancel", "analyst", "analyst-pw", "")
					.statusCode())
			.isEqualTo(404);
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return n == null ? 0 : n;
	}

}
