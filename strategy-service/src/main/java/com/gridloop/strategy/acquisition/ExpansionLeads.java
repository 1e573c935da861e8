package com.gridloop.strategy.acquisition;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the expansion leads true to the customers' demand and capacity: a customer whose
 * months meet the {@link ExpansionRule} is a lead, any other is not; a closed or merged
 * account is none, nor a household-sized contract (below {@link MonthlyDemand#MIN_KVA}),
 * and a customer whose capacity is not known yet waits for its archive event.
 */
@Component
record ExpansionLeads(JdbcTemplate jdbc, MonthlyDemand demand) {

	private record Customer(String customerId, double contractedKva, String regionCode, String industry) {
	}

	/** Recomputes the leads of these customers. */
	void recompute(Set<String> customers) {
		if (customers.isEmpty()) {
			return;
		}
		String[] ids = customers.toArray(String[]::new);
		List<Customer> known = this.jdbc.query("""
				select customer_id, contracted_kva, region_code, industry from acquisition_customer
				where customer_id = any(?) and status = 'ACTIVE' and contracted_kva >= ?""",
				(rs, i) -> new Customer(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4)), ids,
				MonthlyDemand.MIN_KVA);
		Map<String, List<ExpansionRule.MonthDemand>> months = this.demand.of(customers);
		List<Object[]> leads = new ArrayList<>();
		for (Customer c : known) {
			Optional<ExpansionRule.Expansion> expansion = ExpansionRule
				.evaluate(months.getOrDefault(c.customerId(), List.of()), c.contractedKva());
			expansion.ifPresent(
					e -> leads.add(new Object[] { c.customerId(), e.monthsAbove(), Date.valueOf(e.lastMonth().atDay(1)),
							e.maxDemandKw(), c.contractedKva(), e.suggestedAddedKva(), c.regionCode(), c.industry() }));
		}
		this.jdbc.update("delete from acquisition_expansion_lead where customer_id = any(?)", (Object) ids);
		this.jdbc.batchUpdate("""
				insert into acquisition_expansion_lead (customer_id, months_above, last_month, max_demand_kw,
				  contracted_kva, suggested_kva, region_code, industry) values (?, ?, ?, ?, ?, ?, ?, ?)""", leads);
	}

}
