package com.gridloop.strategy.acquisition;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each customer's highest demand per calendar month, folded in from the daily usage
 * facts. A month keeps its highest day and which days were seen; a day sent again with a
 * lower maximum (a late correction) does not lower the month, which errs towards a lead a
 * person then checks. Customers known to have less than {@link #MIN_KVA} kVA are left
 * out: household supply contracts are not expanded this way, and leaving them out keeps
 * the table to the C&I customers.
 */
@Component
record MonthlyDemand(JdbcTemplate jdbc) {

	/** The smallest contracted capacity whose demand is kept. */
	static final double MIN_KVA = 50;

	/**
	 * The fields of ingestion's usage fact that acquisition uses; days known from
	 * register readings have no maximum demand.
	 */
	record UsageRecorded(String customerId, LocalDate day, Double maxDemandKw) {
	}

	private record Key(String customerId, YearMonth month) {
	}

	/**
	 * Folds the facts into their months; returns the customers whose months changed.
	 */
	Set<String> add(List<UsageRecorded> facts) {
		this.jdbc.update("update acquisition_usage_seen set facts = facts + ?", facts.size());
		Set<String> small = small(facts);
		Map<Key, double[]> months = new LinkedHashMap<>();
		for (UsageRecorded f : facts) {
			if (f.maxDemandKw() == null || small.contains(f.customerId())) {
				continue;
			}
			double[] m = months.computeIfAbsent(new Key(f.customerId(), YearMonth.from(f.day())), k -> new double[2]);
			m[0] = Math.max(m[0], f.maxDemandKw());
			m[1] = (int) m[1] | 1 << (f.day().getDayOfMonth() - 1);
		}
		List<Object[]> rows = new ArrayList<>(months.size());
		Set<String> touched = new TreeSet<>();
		months.forEach((k, m) -> {
			rows.add(new Object[] { k.customerId(), Date.valueOf(k.month().atDay(1)), m[0], (int) m[1] });
			touched.add(k.customerId());
		});
		this.jdbc.batchUpdate("""
				insert into acquisition_monthly_demand (customer_id, month, max_demand_kw, day_mask)
				values (?, ?, ?, ?)
				on conflict (customer_id, month) do update
				  set max_demand_kw = greatest(acquisition_monthly_demand.max_demand_kw, excluded.max_demand_kw),
				      day_mask = acquisition_monthly_demand.day_mask | excluded.day_mask""", rows);
		return touched;
	}

	/** The customers of these facts known to be below {@link #MIN_KVA}. */
	private Set<String> small(List<UsageRecorded> facts) {
		String[] ids = facts.stream().map(UsageRecorded::customerId).distinct().toArray(String[]::new);
		Set<String> small = new HashSet<>();
		this.jdbc.query("""
				select customer_id from acquisition_customer where customer_id = any(?) and contracted_kva < ?""",
				rs -> {
					small.add(rs.getString(1));
				}, ids, MIN_KVA);
		return small;
	}

	/** The months of these customers, each customer's in calendar order. */
	Map<String, List<ExpansionRule.MonthDemand>> of(Set<String> customers) {
		Map<String, List<ExpansionRule.MonthDemand>> out = new HashMap<>();
		this.jdbc.query("""
				select customer_id, month, max_demand_kw, day_mask from acquisition_monthly_demand
				where customer_id = any(?) order by customer_id, month""", rs -> {
			out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new ExpansionRule.MonthDemand(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getDouble(3),
						Integer.bitCount(rs.getInt(4))));
		}, (Object) customers.toArray(String[]::new));
		return out;
	}

}
