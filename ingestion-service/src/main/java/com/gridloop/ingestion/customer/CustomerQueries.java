package com.gridloop.ingestion.customer;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.gridloop.common.privacy.PersonalData;
import com.gridloop.common.privacy.PersonalData.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of golden customers and the identifiers that lead to them. */
@Component
record CustomerQueries(JdbcClient jdbc) {

	/** A golden customer with its flags and every alias pointing at it. */
	record CustomerView(String customerId, String customerNo, String consNo, @PersonalData(Kind.NAME) String name,
			@PersonalData(Kind.PHONE) String phone, @PersonalData(Kind.ADDRESS) String address, String regionCode,
			String category, String voltageLevel, Double contractedKva, String industryCode, String tariffCode,
			List<String> flags, List<String> aliases) {
	}

	/** A line of the customer list. */
	record CustomerItem(String customerId, String customerNo, String category, List<String> flags) {
	}

	/**
	 * An account manager or team lead, who reads their own (or their team's) customers.
	 */
	record Owner(String user, boolean lead) {
	}

	/**
	 * The customer {@code c} is served by {@code :user}: named as its manager, or grid
	 * manager of its transformer area; or, when {@code :lead}, by a manager of the user's
	 * team.
	 */
	private static final String OWNED_BY = """
			(c.account_manager = :user or exists (select 1 from account_manager m
			  where (m.staff_no = c.account_manager or c.transformer_area = any(m.transformer_areas))
			    and (m.staff_no = :user
			         or (:lead and m.team = (select l.team from account_manager l where l.staff_no = :user)))))""";

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
	 * quality flag, and only those of the account manager (or team lead) {@code owner}
	 * when not null.
	 */
	List<CustomerItem> list(String flag, String after, int size, Owner owner) {
		return this.jdbc
			.sql("""
					select customer_id, customer_no, category, flags from customer c
					where (:flag::text is null or :flag::text = any(flags)) and (:after::text is null or customer_no > :after::text)
					  and (:user::text is null or"""
					+ OWNED_BY + """
							) order by customer_no limit :size""")
			.param("flag", flag)
			.param("after", after)
			.param("user", owner == null ? null : owner.user())
			.param("lead", owner != null && owner.lead())
			.param("size", size)
			.query((rs, i) -> new CustomerItem(rs.getString(1), rs.getString(2), rs.getString(3),
					strings(rs.getArray(4))))
			.list();
	}

	/** Whether the customer is the account manager's (or, for a lead, the team's). */
	boolean ownedBy(String customerId, Owner owner) {
		return this.jdbc.sql("select exists (select 1 from customer c where c.customer_id = :id and " + OWNED_BY + ")")
			.param("id", customerId)
			.param("user", owner.user())
			.param("lead", owner.lead())
			.query(Boolean.class)
			.single();
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
