package com.gridloop.profile.facts;

import java.util.Collection;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks customers for a tag refresh ({@code dirty_customer}). Inside a transaction the
 * marks are gathered and inserted once, in the database's order of customer ids (as every
 * other writer of the table inserts), just before commit: every transaction then takes
 * its {@code dirty_customer} row locks last and in one global order, so two consumers
 * marking overlapping customers in different orders wait for one another instead of
 * deadlocking.
 */
@Component
record DirtyMarks(JdbcTemplate jdbc) {

	void mark(Collection<String> customers) {
		if (customers.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			insert(new TreeSet<>(customers));
			return;
		}
		@SuppressWarnings("unchecked")
		TreeSet<String> pending = (TreeSet<String>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			TreeSet<String> gathered = new TreeSet<>();
			TransactionSynchronizationManager.bindResource(this, gathered);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					insert(gathered);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DirtyMarks.this);
				}

			});
			pending = gathered;
		}
		pending.addAll(customers);
	}

	private void insert(TreeSet<String> customers) {
		if (customers.isEmpty()) {
			return;
		}
		String[] ids = customers.toArray(String[]::new);
		this.jdbc.update(con -> {
			var ps = con.prepareStatement(
					"insert into dirty_customer (customer_id) select id from unnest(?::text[]) as t(id) order by id "
							+ "on conflict do nothing");
			ps.setArray(1, con.createArrayOf("text", ids));
			return ps;
		});
	}

}
