package com.gridloop.reach.dispatch;

import java.time.Instant;
import java.util.UUID;

import com.gridloop.reach.ReachIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A dispatch round-trips through its table, and of two concurrent changes the second is
 * refused by its version.
 */
@ReachIntegrationTest
class DispatchPersistenceTest {

	@Autowired
	DispatchRepository dispatches;

	@Test
	void theSecondOfTwoConcurrentChangesIsRefused() {
		// No target row: the worker never claims this dispatch, so only this test changes
		// it.
		UUID id = this.dispatches.save(Dispatch.queue(UUID.randomUUID(), "version-1", "SMS", Instant.now())).id();
		Dispatch first = this.dispatches.findById(id).orElseThrow();
		Dispatch second = this.dispatches.findById(id).orElseThrow();

		first.suppress("customer opted out of SMS");
		this.dispatches.save(first);
		second.send(new DispatchTest.Recording(), "body", Instant.now());

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.dispatches.save(second));
		Dispatch stored = this.dispatches.findById(id).orElseThrow();
		assertThat(stored.status()).isEqualTo(Dispatch.Status.SUPPRESSED);
		assertThat(stored.detail()).isEqualTo("customer opted out of SMS");
		assertThat(stored.sentAt()).isNull();
	}

}
