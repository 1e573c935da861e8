package com.gridloop.profile.tags;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Value, service and risk tags from bills, tickets, app activity and outages, as of the
 * data horizon (the latest day any source reaches), so a history extract is judged on its
 * own time rather than today's.
 */
@Component
public record ServiceTags(NamedParameterJdbcTemplate jdbc) {

	/** The latest day any source reaches; null when there is no data yet. */
	public LocalDate horizon() {
		Date d = this.jdbc.getJdbcTemplate().queryForObject("""
				select greatest((select max(day) from usage_day),
				                (select max(month) + interval '1 month' - interval '1 day' from bill)::date,
				                (select max(accept_time)::date from ticket),
				                (select max(day) from activity_day))""", Date.class);
		return d == null ? null : d.toLocalDate();
	}

	/** Tag code to value per customer, for the tags whose inputs the customer has. */
	public Map<String, Map<String, Object>> compute(String[] customerIds, LocalDate asOf) {
		Map<String, Map<String, Object>> out = new HashMap<>();
		if (asOf == null) {
			return out;
		}
		MapSqlParameterSource p = new MapSqlParameterSource("ids", customerIds).addValue("asof", Date.valueOf(asOf));
		this.jdbc.query(
				"""
						select customer_id,
						  sum(amount) filter (where month > cast(:asof as date) - interval '12 months') as revenue,
						  sum(kwh) filter (where month > date_trunc('month', cast(:asof as date)) - interval '3 months') as recent,
						  sum(kwh) filter (where month <= date_trunc('month', cast(:asof as date)) - interval '3 months'
						                   and month > date_trunc('month', cast(:asof as date)) - interval '6 months') as before,
						  avg(kwh) filter (where extract(month from month) in (6, 7, 8, 12, 1, 2)) as summer_winter,
						  avg(kwh) filter (where extract(month from month) in (3, 4, 5, 9, 10, 11)) as spring_autumn,
						  count(*) filter (where month > cast(:asof as date) - interval '12 months'
						                   and (paid_date > due_date or (paid_date is null and due_date < :asof))) as late,
						  avg(coalesce(paid_date, cast(:asof as date)) - due_date)
						      filter (where month > cast(:asof as date) - interval '12 months'
						              and (paid_date > due_date or (paid_date is null and due_date < :asof))) as days_late,
						  sum(owe_amount) as owe,
						  mode() within group (order by pay_channel) as channel
						from bill where customer_id = any(:ids) group by customer_id""",
				p, rs -> {
					Map<String, Object> t = tags(out, rs.getString(1));
					put(t, "annual_revenue", rs.getObject(2), 2);
					double recent = rs.getDouble(3), before = rs.getDouble(4);
					if (before > 0) {
						t.put("kwh_trend", round(recent / before - 1, 4));
					}
					double sw = rs.getDouble(5), sa = rs.getDouble(6);
					if (sa > 0 && sw > 0) {
						t.put("seasonality", round(sw / sa, 4));
					}
					t.put("late_payments_12m", rs.getDouble(7));
					if (rs.getObject(8) != null) {
						t.put("avg_days_late", round(rs.getDouble(8), 1));
					}
					t.put("arrears_amount", round(rs.getDouble(9), 2));
					if (rs.getString(10) != null) {
						t.put("preferred_channel", rs.getString(10));
					}
				});
		// Year on year: each customer's last twelve billed months against the twelve
		// before, both complete.
		this.jdbc.query("""
				with b as (select customer_id, month, kwh, max(month) over (partition by customer_id) as last
				           from bill where customer_id = any(:ids))
				select customer_id,
				  sum(kwh) filter (where month > last - interval '12 months'),
				  sum(kwh) filter (where month <= last - interval '12 months' and month > last - interval '24 months'),
				  count(*) filter (where month > last - interval '24 months')
				from b group by customer_id""", p, rs -> {
			double year = rs.getDouble(2), prior = rs.getDouble(3);
			if (rs.getInt(4) == 24 && prior > 0) {
				tags(out, rs.getString(1)).put("yoy_growth", round(year / prior - 1, 4));
			}
		});
		this.jdbc.query(
				"""
						select customer_id,
						  count(*) filter (where category = 'COMPLAINT' and accept_time > cast(:asof as date) - interval '12 months'),
						  cast(:asof as date) - max(accept_time::date) filter (where category = 'COMPLAINT')
						from ticket where customer_id = any(:ids) group by customer_id""",
				p, rs -> {
					Map<String, Object> t = tags(out, rs.getString(1));
					t.put("complaints_12m", rs.getDouble(2));
					if (rs.getObject(3) != null) {
						t.put("days_since_complaint", rs.getDouble(3));
					}
				});
		this.jdbc.query(
				"""
						select a.customer_id, sum(a.logins + a.bill_views + a.payments + a.offer_clicks),
						       (select h - 1 from (select h, sum(v) as n from activity_day d, unnest(d.hourly) with ordinality as x(v, h)
						                           where d.customer_id = a.customer_id and d.day > cast(:asof as date) - 90
						                           group by h order by n desc, h limit 1) top)
						from activity_day a where a.customer_id = any(:ids) and a.day > cast(:asof as date) - 90
						group by a.customer_id""",
				p, rs -> {
					Map<String, Object> t = tags(out, rs.getString(1));
					t.put("online_events_90d", rs.getDouble(2));
					if (rs.getObject(3) != null) {
						t.put("active_hour", rs.getDouble(3));
					}
					if (rs.getDouble(2) > 0) {
						t.put("preferred_channel", "APP");
					}
				});
		// Once the app's activity arrives at all, a customer without any in the window is
		// inactive, not unknown.
		Boolean activityLive = this.jdbc.queryForObject(
				"select exists (select 1 from activity_day where day > cast(:asof as date) - 90)", p, Boolean.class);
		if (Boolean.TRUE.equals(activityLive)) {
			for (String id : customerIds) {
				tags(out, id).putIfAbsent("online_events_90d", 0.0);
			}
		}
		this.jdbc.query("""
				select c.customer_id,
				  coalesce(sum(extract(epoch from (o.end_time - o.start_time)) / 60)
				           filter (where not o.planned and o.start_time > cast(:asof as date) - 90), 0),
				  count(o.start_time) filter (where not o.planned and o.start_time > cast(:asof as date) - 90)
				from customer c left join outage o on o.transformer_area = c.transformer_area
				where c.customer_id = any(:ids) and c.transformer_area is not null group by c.customer_id""", p, rs -> {
			Map<String, Object> t = tags(out, rs.getString(1));
			t.put("outage_minutes_90d", round(rs.getDouble(2), 1));
			t.put("outage_count_90d", rs.getDouble(3));
		});
		return out;
	}

	private static Map<String, Object> tags(Map<String, Map<String, Object>> out, String id) {
		return out.computeIfAbsent(id, k -> new LinkedHashMap<>());
	}

	private static void put(Map<String, Object> t, String code, Object value, int decimals) {
		if (value instanceof Number n) {
			t.put(code, round(n.doubleValue(), decimals));
		}
	}

	private static double round(double v, int decimals) {
		double f = Math.pow(10, decimals);
		return Math.round(v * f) / f;
	}

}
