package com.gridloop.reach.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.reach.ReachIntegrationTest;
import com.gridloop.testsupport.TestKafka;
import com.gridloop.reach.channel.Channel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Consent changes are published through the outbox, and of two concurrent changes the
 * second is refused.
 */
@ReachIntegrationTest
class ConsentPersistenceTest {

	@Autowired
	ConsentRepository consents;

	@Autowired
	Consents service;

	@Autowired
	JsonMapper json;

	@Test
	void theSecondOfTwoConcurrentChangesIsRefused() {
		String customer = "version-" + UUID.randomUUID();
		this.consents.save(Consent.asSigned(customer, "SMS", Instant.now()));
		Consent.Key key = new Consent.Key(customer, "SMS");
		Consent first = this.consents.findById(key).orElseThrow();
		Consent second = this.consents.findById(key).orElseThrow();

		assertThat(first.withdraw(Instant.now())).isPresent();
		this.consents.save(first);
		assertThat(second.withdraw(Instant.now())).isPresent();

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.consents.save(second));
	}

	@Test
	void eachChangeOfChoiceIsPublishedOnce() {
		String customer = "events-" + UUID.randomUUID();
		this.service.put(customer, Channel.SMS, true, Consents.Source.API, "test");
		this.service.put(customer, Channel.SMS, false, Consents.Source.API, "test");
		this.service.put(customer, Channel.SMS, false, Consents.Source.API, "test");
		this.service.put(customer, Channel.SMS, true, Consents.Source.API, "test");

		assertThat(this.consents.findById(new Consent.Key(customer, "SMS")).orElseThrow().granted()).isTrue();
		TestKafka.await(Duration.ofSeconds(30), "consent events", () -> typesFor(customer).size() == 2);
		assertThat(typesFor(customer)).containsExactly(Events.CONSENT_WITHDRAWN.name(), Events.CONSENT_GRANTED.name());
	}

	private List<String> typesFor(String customer) {
		return TestKafka.shared()
			.readAll(Topics.REACH_EVENTS)
			.stream()
			.filter(r -> customer.equals(r.key()))
			.map(r -> this.json.readTree(r.value()))
			.filter(e -> e.get("payload").get("customerId").asString().equals(customer))
			.map(e -> e.get("type").asString())
			.toList();
	}

}
