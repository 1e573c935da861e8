package com.gridloop.reach.task;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.reach.ReachIntegrationTest;
import com.gridloop.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingestion's CustomerErased drops reach's copy of the contact's name and phone. */
@ReachIntegrationTest
class ContactErasureTest {

	@Autowired
	EventCodec codec;

	@Autowired
	JdbcTemplate jdbc;

	private final TestKafka kafka = TestKafka.shared();

	@Test
	void anErasedCustomersContactIsDropped() {
		this.kafka.send(Topics.CUSTOMERS, "erase-1",
				this.codec.encode(this.codec.wrap(Events.CUSTOMER_LINKED, "erase-1", Map.of("customerId", "erase-1",
						"name", "钱七", "phone", "13512345678", "category", "GENERAL_CI", "accountManager", "M001"))));
		TestKafka.await(Duration.ofSeconds(30), "the contact", () -> "钱七".equals(name()));
		this.kafka.send(Topics.CUSTOMERS, "erase-1", this.codec.encode(this.codec.wrap(Events.CUSTOMER_ERASED,
				"erase-1", Map.of("customerId", "erase-1", "erasedAt", Instant.now().toString()))));
		TestKafka.await(Duration.ofSeconds(30), "the erasure", () -> name() == null);
		assertThat(this.jdbc.queryForObject("select phone from customer_contact where customer_id = 'erase-1'",
				String.class))
			.isNull();
		assertThat(this.jdbc
			.queryForObject("select account_manager from customer_contact where customer_id = 'erase-1'", String.class))
			.as("who serves the customer stays")
			.isEqualTo("M001");
	}

	private String name() {
		List<String> names = this.jdbc.queryForList("select name from customer_contact where customer_id = 'erase-1'",
				String.class);
		return names.isEmpty() ? "missing" : names.get(0);
	}

}
