package com.gridloop.ingestion.customer;

import java.util.List;
import java.util.Map;

import com.gridloop.common.web.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Golden customers and the identifiers that lead to them. */
@RestController
@Validated
class CustomerController {

	record CustomerView(String customerId, String customerNo, String consNo, String name, String phone,
			String address, String regionCode, String category, String voltageLevel, Double contractedKva,
			String industryCode, String tariffCode, List<String> flags, List<String> aliases) {
	}

	private final JdbcTemplate jdbc;

	CustomerController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/customers/{customerId}")
	CustomerView get(@PathVariable String customerId) {
		List<CustomerView> found = this.jdbc.query("""
				select c.*, coalesce((select array_agg(a.alias_type || ':' || a.alias_value order by a.alias_type)
				  from customer_alias a where a.customer_id = c.customer_id), '{}') as aliases
				from customer c where c.customer_id = ?""", (rs, i) -> new CustomerView(rs.getString("customer_id"),
				rs.getString("customer_no"), rs.getString("cons_no"), rs.getString("name"), rs.getString("phone"),
				rs.getString("address"), rs.getString("region_code"), rs.getString("category"),
				rs.getString("voltage_level"), rs.getBigDecimal("contracted_kva") == null ? null : rs.getBigDecimal("contracted_kva").doubleValue(),
				rs.getString("industry_code"), rs.getString("tariff_code"),
				List.of((String[]) rs.getArray("flags").getArray()),
				List.of((String[]) rs.getArray("aliases").getArray())), customerId);
		if (found.isEmpty()) {
			throw Problems.notFound("Customer", customerId);
		}
		return found.get(0);
	}

	/**
	 * Golden ids and customer numbers, a page at a time, in customer number order; with {@code flag}, only the
	 * customers carrying that data quality flag (such as {@code UNKNOWN_REGION}), for the data team to fix.
	 */
	@GetMapping("/api/v1/customers")
	List<Map<String, Object>> list(@RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,40}") String flag,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "1000") @Min(1) @Max(10000) int size) {
		return this.jdbc.query("""
				select customer_id, customer_no, category, flags from customer
				where (?::text is null or ?::text = any(flags))
				order by customer_no limit ? offset ?""", (rs, i) -> Map.of("customerId", rs.getString(1), "customerNo",
				rs.getString(2), "category", rs.getString(3), "flags", List.of((String[]) rs.getArray(4).getArray())),
				flag, flag, size, (long) page * size);
	}

	/** Resolves a source identifier such as {@code METER_NO} {@code M330000000000} to its golden customer. */
	@GetMapping(path = "/api/v1/customers", params = { "aliasType", "aliasValue" })
	CustomerView resolve(@RequestParam String aliasType, @RequestParam String aliasValue) {
		List<String> ids = this.jdbc.queryForList(
				"select customer_id from customer_alias where alias_type = ? and alias_value = ?", String.class,
				aliasType, aliasValue);
		if (ids.isEmpty()) {
			throw Problems.notFound("Customer with " + aliasType, aliasValue);
		}
		return get(ids.get(0));
	}

	@GetMapping("/api/v1/ingestion/stats")
	Map<String, Object> stats() {
		return this.jdbc.queryForMap("""
				select (select count(*) from customer) as customers,
				       (select count(*) from interval_day) as meter_days,
				       (select count(*) from daily_usage) as daily_facts,
				       (select count(*) from ingest_batch) as batches,
				       (select count(*) from quarantine_row) as quarantined_rows""");
	}

}
