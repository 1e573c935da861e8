package com.gridloop.ingestion.records;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.RowRejected;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Source identifiers to golden customer ids, one kind at a time, as of the start of a
 * batch.
 */
@Component
public record AliasDirectory(JdbcTemplate jdbc) {

	/**
	 * The aliases an event may carry: those that are no personal data ({@code PHONE:}
	 * aliases stay in ingestion; a service that needs a phone reads CustomerLinked's).
	 */
	public static List<String> published(List<String> aliases) {
		return aliases.stream().filter(a -> !a.startsWith("PHONE:")).toList();
	}

	/**
	 * @param type {@code CUSTOMER_NO}, {@code CONS_NO}, {@code METER_NO} or {@code PHONE}
	 */
	public Map<String, String> snapshot(String type) {
		Map<String, String> out = new HashMap<>();
		this.jdbc.query("select alias_value, customer_id from customer_alias where alias_type = ?", rs -> {
			out.put(rs.getString(1), rs.getString(2));
		}, type);
		return out;
	}

	/**
	 * The customers of one kind of identifier for a batch that rejects rows naming an
	 * unknown one.
	 * @param label how a rejection names the identifier ({@code Account})
	 */
	public Archive archive(String type, String label) {
		return new Archive(snapshot(type), label);
	}

	/** Identifiers of one kind to customer ids, as of the start of a batch. */
	public record Archive(Map<String, String> customers, String label) {

		/** The customer of an identifier; a row naming an unknown one is rejected. */
		public String customerOf(String identifier) throws RowRejected {
			String customerId = this.customers.get(identifier);
			if (customerId == null) {
				throw new RowRejected(Reason.UNKNOWN_ACCOUNT, this.label + " " + identifier + " is not in the archive");
			}
			return customerId;
		}

	}

}
