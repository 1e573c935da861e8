package com.gridloop.local.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.gridloop.embedded.EmbeddedKafkaBroker;
import com.gridloop.embedded.EmbeddedPostgresServer;
import com.gridloop.embedded.FreePorts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chaos run's infrastructure faults: PostgreSQL restarted keeps its data and port, a
 * paused broker frees its port and, resumed, still holds what it had.
 */
class EmbeddedRestartTest {

	@TempDir
	Path home;

	@Test
	void postgresRestartsOnItsFolderAndPort() throws Exception {
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(this.home.resolve("pg"), 0, false)) {
			int port = postgres.port();
			sql(postgres, "create table kept (n int); insert into kept values (42)");
			postgres.restart();
			assertThat(postgres.port()).isEqualTo(port);
			assertThat(sql(postgres, "select n from kept")).isEqualTo(42);
		}
	}

	@Test
	void aPausedBrokerComesBackWithItsLog() throws Exception {
		Files.createDirectories(this.home);
		try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(this.home.resolve("kafka"), 0)) {
			try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
				admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
			}
			send(kafka, "before");
			int port = Integer.parseInt(kafka.bootstrapServers().substring("localhost:".length()));
			kafka.pause();
			assertThat(FreePorts.inUse(port)).isFalse();
			kafka.resume();
			send(kafka, "after");
			Properties props = new Properties();
			props.put("bootstrap.servers", kafka.bootstrapServers());
			props.put("group.id", "test");
			props.put("auto.offset.reset", "earliest");
			try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
					new StringDeserializer())) {
				consumer.subscribe(List.of("kept"));
				List<String> values = new java.util.ArrayList<>();
				long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
				while (values.size() < 2 && System.nanoTime() < deadline) {
					ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
					records.forEach(r -> values.add(r.value()));
				}
				assertThat(values).containsExactly("before", "after");
			}
		}
	}

	private static void send(EmbeddedKafkaBroker kafka, String value) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", kafka.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>("kept", value)).get();
		}
	}

	private static int sql(EmbeddedPostgresServer postgres, String statements) throws Exception {
		try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
				Statement st = db.createStatement()) {
			if (st.execute(statements)) {
				try (ResultSet rs = st.getResultSet()) {
					rs.next();
					return rs.getInt(1);
				}
			}
			return 0;
		}
	}

}
