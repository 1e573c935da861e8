package com.gridloop.local.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.gridloop.embedded.Infrastructure;
import com.gridloop.embedded.ServiceDatabases;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the platform still has to do: events in every service's outbox not yet published,
 * and events on Kafka not yet consumed by every consumer group (the sum of their lags).
 */
final class Backlog implements AutoCloseable {

	private final Infrastructure infra;

	private final Admin admin;

	Backlog(Infrastructure infra) {
		this.infra = infra;
		Properties props = new Properties();
		props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap());
		props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
		props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
		this.admin = Admin.create(props);
	}

	/** Events written to each service's outbox and not yet published. */
	Map<String, Long> outboxPending() throws SQLException {
		Map<String, Long> pending = new LinkedHashMap<>();
		try (Connection db = DriverManager.getConnection(this.infra.databaseUrl(), "postgres", "");
				Statement st = db.createStatement()) {
			for (String schema : ServiceDatabases.SERVICES) {
				try (ResultSet rs = st.executeQuery("select count(*) from " + schema + ".outbox_event")) {
					rs.next();
					pending.put(schema, rs.getLong(1));
				}
			}
		}
		return pending;
	}

	/** The sum over consumer groups and partitions of the events not yet consumed. */
	long consumerLag() throws InterruptedException, ExecutionException, TimeoutException {
		Collection<ConsumerGroupListing> groups = this.admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS);
		long lag = 0;
		for (ConsumerGroupListing group : groups) {
			Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(group.groupId())
				.partitionsToOffsetAndMetadata()
				.get(10, TimeUnit.SECONDS);
			committed.values().removeIf(java.util.Objects::isNull);
			if (committed.isEmpty()) {
				continue;
			}
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = this.admin
				.listOffsets(committed.keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
				.all()
				.get(10, TimeUnit.SECONDS);
			for (var e : committed.entrySet()) {
				lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
			}
		}
		return lag;
	}

	/**
	 * Outbox rows plus consumer lag, or -1 while the database or the broker cannot say.
	 */
	long total() {
		try {
			return outboxPending().values().stream().mapToLong(Long::longValue).sum() + consumerLag();
		}
		catch (SQLException | ExecutionException | TimeoutException | RuntimeException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** Waits until every event written has been published and consumed. */
	void awaitEmpty(Duration timeout, String what) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		long left;
		while ((left = total()) != 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"Timed out after " + timeout.toSeconds() + " s waiting for " + what + "; backlog " + left);
			}
			Thread.sleep(500);
		}
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(5));
	}

}
