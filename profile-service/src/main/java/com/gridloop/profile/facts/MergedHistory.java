package com.gridloop.profile.facts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a merged customer's history to its survivor, and back when the merge is undone
 * (see the migration {@code V8__merged_history.sql}): usage days, bills, tickets and app
 * activity, each row marked with the customer it came from. Runs in the transaction of
 * the event that says so.
 */
@Component
record MergedHistory(JdbcTemplate jdbc) {

	/**
	 * Table and the column that, with the customer, keys a row (null: the row has a key
	 * of its own).
	 */
	private static final String[][] TABLES = { { "usage_day", "day" }, { "bill", "month" }, { "activity_day", "day" },
			{ "ticket", null } };

	/**
	 * @return rows moved
	 */
	int moveToSurvivor(String mergedId, String survivorId) {
		int moved = 0;
		for (String[] t : TABLES) {
			String clash = t[1] == null ? "" : " and not exists (select 1 from " + t[0]
					+ " s where s.customer_id = ? and s." + t[1] + " = m." + t[1] + ")";
			String sql = "update " + t[0] + " m set customer_id = ?, from_customer = ? where m.customer_id = ?" + clash;
			moved += t[1] == null ? this.jdbc.update(sql, survivorId, mergedId, mergedId)
					: this.jdbc.update(sql, survivorId, mergedId, mergedId, survivorId);
		}
		return moved;
	}

	/**
	 * @return rows moved back
	 */
	int moveBack(String restoredId, String survivorId) {
		int moved = 0;
		for (String[] t : TABLES) {
			moved += this.jdbc.update("update " + t[0] + " set customer_id = ?, from_customer = null "
					+ "where customer_id = ? and from_customer = ?", restoredId, survivorId, restoredId);
		}
		return moved;
	}

}
