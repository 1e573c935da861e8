package com.gridloop.ingestion.customer;

import java.util.HashMap;
import java.util.Map;

import com.gridloop.ingestion.usage.BandCalendar;
import com.gridloop.ingestion.usage.TariffCalendars;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks meters up to the customer they belong to, as of the start of a batch. */
@Component
public record MeterDirectory(JdbcTemplate jdbc, TariffCalendars tariffs) {

	/** What a reading needs to know about its meter. */
	public record Meter(String meterNo, String customerId, String tariffCode, double contractedKva,
			BandCalendar calendar) {
	}

	/** Every known meter, by meter number. */
	public Map<String, Meter> snapshot() {
		Map<String, Meter> meters = new HashMap<>();
		this.jdbc.query("""
				select a.alias_value, c.customer_id, c.tariff_code, coalesce(c.contracted_kva, 0), c.category
				from customer_alias a join customer c on c.customer_id = a.customer_id
				where a.alias_type = 'METER_NO'""", rs -> {
			String meterNo = rs.getString(1);
			meters.put(meterNo, new Meter(meterNo, rs.getString(2), rs.getString(3), rs.getDouble(4),
					this.tariffs.forTariff(rs.getString(3), rs.getString(5))));
		});
		return meters;
	}

}
