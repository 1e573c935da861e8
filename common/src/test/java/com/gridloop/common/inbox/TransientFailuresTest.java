package com.gridloop.common.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database or broker being away is told from an event's own failure, through any
 * wrapping.
 */
class TransientFailuresTest {

	@Test
	void outagesAreTransientAndUnavailable() {
		assertThat(TransientFailures.isUnavailable(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("pool timed out"))))
			.isTrue();
		assertThat(TransientFailures.isUnavailable(new TransactionSystemException("Unable to rollback",
				new RuntimeException(new SQLException("closed", "08003")))))
			.isTrue();
		assertThat(TransientFailures
			.isUnavailable(new UncategorizedSQLException("insert", "insert", new SQLException("terminating", "57P01"))))
			.isTrue();
		assertThat(TransientFailures.isUnavailable(new IllegalStateException("send", new TimeoutException("t"))))
			.isTrue();
		assertThat(TransientFailures.isTransient(new RuntimeException(new ConnectException("refused")))).isTrue();
	}

	@Test
	void aLockConflictIsTransientButNotAnOutage() {
		CannotAcquireLockException deadlock = new CannotAcquireLockException("deadlock",
				new SQLException("deadlock detected", "40P01"));
		assertThat(TransientFailures.isTransient(deadlock)).isTrue();
		assertThat(TransientFailures.isUnavailable(deadlock)).isFalse();
	}

	@Test
	void anEventsOwnFailureIsNeither() {
		DataIntegrityViolationException refused = new DataIntegrityViolationException("check",
				new SQLException("violates check constraint", "23514"));
		assertThat(TransientFailures.isTransient(refused)).isFalse();
		assertThat(TransientFailures.isUnavailable(refused)).isFalse();
		assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad payload"))).isFalse();
	}

}
