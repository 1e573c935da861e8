package com.gridloop.strategy.rates;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a customer's tags and stored usage months. */
@Component
record RateQueries(JdbcClient jdbc, JsonMapper json) {

	private static final TypeReference<Map<String, Object>> TAGS = new TypeReference<>() {
	};

	/** The customer's latest tags, if a snapshot has arrived. */
	Optional<Map<String, Object>> tags(String customerId) {
		return this.jdbc.sql("select tags::text from customer_tags where customer_id = ?")
			.param(customerId)
			.query(String.class)
			.optional()
			.map(text -> this.json.readValue(text, TAGS));
	}

	/**
	 * The twelve months ending with the customer's latest month of usage, oldest first.
	 */
	List<UsageMonth> lastYear(String customerId) {
		return this.jdbc
			.sql("""
					select month, band_calendar, kwh, sharp_kwh, peak_kwh, flat_kwh, valley_kwh, max_demand_kw,
					       reactive_kvarh, reactive_base_kwh
					from customer_usage_month
					where customer_id = :id
					  and month > (select max(month) from customer_usage_month where customer_id = :id) - interval '12 months'
					order by month""")
			.param("id", customerId)
			.query((rs, i) -> month(rs))
			.list();
	}

	private static UsageMonth month(ResultSet rs) throws SQLException {
		return new UsageMonth(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2), days(rs.getArray(3)),
				days(rs.getArray(4)), days(rs.getArray(5)), days(rs.getArray(6)), days(rs.getArray(7)),
				days(rs.getArray(8)), days(rs.getArray(9)), days(rs.getArray(10)));
	}

	private static Double[] days(Array array) throws SQLException {
		return (Double[]) array.getArray();
	}

}
