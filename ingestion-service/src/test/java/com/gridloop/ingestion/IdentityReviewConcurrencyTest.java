package com.gridloop.ingestion;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.gridloop.testsupport.TestHttp;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people deciding one review at once: the decision written second, on the state both
 * read, is refused with a 409 problem (the review's {@code @Version}), and the first one
 * stands.
 */
@IngestionIntegrationTest
class IdentityReviewConcurrencyTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aConcurrentDecisionOnTheSameReviewIsRefused() throws Exception {
		long id = this.jdbc.queryForObject("""
				insert into identity_review (record_id, source, record, candidate_customer_id, probability, explanation)
				values ('CONC-1', '95598', '{"recordId":"CONC-1","source":"95598"}'::jsonb, 'nobody', 0.7, '{}'::jsonb)
				returning id""", Long.class);
		try (Connection other = this.dataSource.getConnection()) {
			// The other person's decision, written but not yet committed: it holds the
			// row.
			other.setAutoCommit(false);
			try (PreparedStatement update = other.prepareStatement("""
					update identity_review set status = 'ACCEPTED', decided_by = 'other', decided_at = now(),
					  version = version + 1 where id = ?""")) {
				update.setLong(1, id);
				assertThat(update.executeUpdate()).isEqualTo(1);
			}
			CompletableFuture<HttpResponse<String>> mine = CompletableFuture.supplyAsync(() -> new TestHttp(this.port)
				.postJson("/api/v1/identity/reviews/" + id + "/decision", "loader", "loader-pw", "{\"accept\":false}"));
			// The API read the review OPEN (the other decision is not committed) and now
			// waits on the row.
			TestKafka.await(Duration.ofSeconds(30), "the API's decision waiting on the row",
					() -> this.jdbc.queryForObject("""
							select count(*) from pg_stat_activity where wait_event_type = 'Lock'
							  and query ilike 'update%identity_review%'""", Long.class) > 0);
			other.commit();

			HttpResponse<String> refused = mine.get(30, TimeUnit.SECONDS);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(refused.body()).contains("concurrent-change");
		}
		Map<String, Object> row = this.jdbc
			.queryForMap("select status, decided_by, version from identity_review where id = ?", id);
		assertThat(row).containsEntry("status", "ACCEPTED")
			.containsEntry("decided_by", "other")
			.containsEntry("version", 1L);
	}

}
