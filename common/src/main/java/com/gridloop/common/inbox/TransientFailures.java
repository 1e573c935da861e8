package com.gridloop.common.inbox;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.SQLNonTransientConnectionException;

import org.apache.kafka.common.errors.RetriableException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells failures of the database or the broker, which pass, from failures of an event's
 * own content, which do not: a consumer retries the first with backoff and never
 * dead-letters them.
 */
public final class TransientFailures {

	private TransientFailures() {
	}

	/**
	 * Whether the failure, or anything that caused it, is a database or broker failure
	 * that may pass: no connection or transaction could be had, the connection broke, the
	 * server is shutting down or out of resources, a lock or serialization conflict, a
	 * Kafka timeout or other retriable broker error.
	 */
	public static boolean isTransient(Throwable failure) {
		return find(failure, true);
	}

	/**
	 * Whether the database or broker could not be reached at all (a lock or serialization
	 * conflict does not count): retrying the events one by one would only fail the same
	 * way.
	 */
	public static boolean isUnavailable(Throwable failure) {
		return find(failure, false);
	}

	private static boolean find(Throwable failure, boolean conflicts) {
		Throwable t = failure;
		for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
			if (t instanceof ConcurrencyFailureException || (t instanceof SQLException sql && isConflict(sql))) {
				if (conflicts) {
					return true;
				}
			}
			else if (isUnavailableItself(t)) {
				return true;
			}
			else if (conflicts && t instanceof TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUnavailableItself(Throwable t) {
		return t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
				|| t instanceof org.springframework.dao.TransientDataAccessResourceException
				|| t instanceof RecoverableDataAccessException || t instanceof SQLRecoverableException
				|| t instanceof SQLNonTransientConnectionException
				|| (t instanceof SQLTransientException && !(t instanceof java.sql.SQLTransactionRollbackException))
				|| (t instanceof SQLException sql && isUnavailableState(sql.getSQLState()))
				|| t instanceof RetriableException || t instanceof org.apache.kafka.common.errors.TimeoutException
				|| t instanceof ConnectException || t instanceof SocketTimeoutException;
	}

	/**
	 * Connection exceptions (08), operator intervention (57P), insufficient resources
	 * (53).
	 */
	private static boolean isUnavailableState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
	}

	/** Serialization failure or deadlock. */
	private static boolean isConflict(SQLException sql) {
		return "40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState())
				|| sql instanceof java.sql.SQLTransactionRollbackException;
	}

}
