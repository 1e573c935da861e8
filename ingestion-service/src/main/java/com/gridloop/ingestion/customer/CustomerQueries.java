package com.gridloop.ingestion.customer;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of golden customers and the identifiers that lead to them. */
@Component
class CustomerQueries {

	/** A golden customer with its flags and every alias pointing at it. */
	record CustomerView(String customerId, String customerNo, String consNo, String name, String phone, String address,
			String regionCode, String category, String voltageLevel, Double contractedKva, String industryCode,
			String tariffCode, List<String> flags, List<String> aliases) {
	}

	/** A line of the customer list. */
	record CustomerItem(String customerId, String customerNo, String category, List<String> flags) {
	}

	private final JdbcClient jdbc;

	CustomerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CustomerView> find(String customerId) {
		return this.jdbc.sql("""
				select c.*, coalesce((select array_agg(a.alias_type || ':' || a.alias_value order by a.alias_type)
				  from customer_alias a where a.customer_id = c.customer_id), '{}') as aliases
				from customer c where c.customer_id = ?""")
			.param(customerId)
			.query((rs, i) -> new CustomerView(rs.getString("customer_id"), rs.getString("customer_no"),
					rs.getString("cons_no"), rs.getString("name"), rs.getString("phone"), rs.getString("address"),
					rs.getString("region_code"), rs.getString("category"), rs.getString("voltage_level"),
					rs.getBigDecimal("contracted_kva") == null ? null
							: rs.getBigDecimal("contracted_kva").doubleValue(),
					rs.getString("industry_code"), rs.getString("tariff_code"), strings(rs.getArray("flags")),
					strings(rs.getArray("aliases"))))
			.optional();
	}

	/**
	 * Customers after a customer number (keyset), optionally only those carrying a data
	 * quality flag.
	 */
	List<CustomerItem> list(String flag, String after, int size) {
		return this.jdbc.sql("""
				select customer_id, customer_no, category, flags from customer
				where (?::text is null or ?::text = any(flags)) and (?::text is null or customer_no > ?::text)
				order by customer_no limit ?""")
			.params(flag, flag, after, after, size)
			.query((rs, i) -> new CustomerItem(rs.getString(1), rs.getString(2), rs.getString(3),
					strings(rs.getArray(4))))
			.list();
	}

	Optional<String> byAlias(String aliasType, String aliasValue) {
		return this.jdbc.sql("select customer_id from customer_alias where alias_type = ? and alias_value = ?")
			.params(aliasType, aliasValue)
			.query(String.class)
			.optional();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
