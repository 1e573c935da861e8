package com.gridloop.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.gridloop.embedded.Infrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfrastructureTest {

	private final Infrastructure infra = TestInfrastructure.shared();

	@Test
	void eachServiceOwnsItsSchemaAndCannotReadAnother() throws Exception {
		Map<String, String> ingestion = this.infra.serviceProperties("ingestion");
		Map<String, String> profile = this.infra.serviceProperties("profile");
		try (var con = DriverManager.getConnection(ingestion.get("spring.datasource.url"), "ingestion", "ingestion");
				var st = con.createStatement()) {
			st.execute("create table if not exists ingestion.secret (id int)");
		}
		try (var con = DriverManager.getConnection(profile.get("spring.datasource.url"), "profile", "profile");
				var st = con.createStatement()) {
			assertThatThrownBy(() -> st.executeQuery("select * from ingestion.secret")).isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void brokerCarriesRecords() throws Exception {
		String bootstrap = this.infra.kafkaBootstrap();
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
			admin.createTopics(List.of(new NewTopic("infra-test", 1, (short) 1))).all().get();
		}
		Properties p = new Properties();
		p.put("bootstrap.servers", bootstrap);
		try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>("infra-test", "k", "hello")).get();
		}
		Properties c = new Properties();
		c.put("bootstrap.servers", bootstrap);
		c.put("group.id", "infra-test");
		c.put("auto.offset.reset", "earliest");
		try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of("infra-test"));
			ConsumerRecords<String, String> records = ConsumerRecords.empty();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (records.isEmpty() && System.nanoTime() < deadline) {
				records = consumer.poll(Duration.ofMillis(500));
			}
			assertThat(records.iterator().next().value()).isEqualTo("hello");
		}
	}

}
