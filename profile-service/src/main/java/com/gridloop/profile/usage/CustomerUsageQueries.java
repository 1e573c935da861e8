package com.gridloop.profile.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's recent usage from the usage facts profile keeps: the kWh of each day by
 * time-of-use band and the mean kWh of each hour of the day, over the days up to the
 * customer's latest day.
 */
@Component
record CustomerUsageQueries(JdbcClient jdbc) {

	/**
	 * A day's kWh and its bands (sharp, peak, flat, valley; null for a day read without
	 * bands).
	 */
	record UsageDay(LocalDate day, double kwh, Double sharpKwh, Double peakKwh, Double flatKwh, Double valleyKwh) {
	}

	/**
	 * The window's days, oldest first, and the daily load shape: the mean kWh of each
	 * hour 0-23 over the window's days with hourly readings (empty without any).
	 */
	record CustomerUsage(String customerId, LocalDate from, LocalDate to, List<Double> dailyShape,
			List<UsageDay> days) {
	}

	/** The last {@code days} days up to the customer's latest; nothing without usage. */
	Optional<CustomerUsage> usage(String customerId, int days) {
		Optional<LocalDate> last = this.jdbc.sql("select max(day) from usage_day where customer_id = ?")
			.param(customerId)
			.query(LocalDate.class)
			.optional();
		if (last.isEmpty()) {
			return Optional.empty();
		}
		LocalDate to = last.get();
		LocalDate from = to.minusDays(days - 1L);
		List<UsageDay> window = this.jdbc.sql("""
				select day, kwh, sharp_kwh, peak_kwh, flat_kwh, valley_kwh from usage_day
				where customer_id = ? and day between ? and ? order by day""")
			.params(customerId, from, to)
			.query(UsageDay.class)
			.list();
		List<Double> shape = new ArrayList<>(this.jdbc.sql("""
				select avg(h.kwh) from usage_day u, unnest(u.hourly_kwh) with ordinality as h(kwh, hour)
				where u.customer_id = ? and u.day between ? and ? and u.hourly_kwh is not null
				group by h.hour order by h.hour""").params(customerId, from, to).query(Double.class).list());
		return Optional.of(new CustomerUsage(customerId, from, to, shape, window));
	}

}
