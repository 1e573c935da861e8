package com.gridloop.profile.tags;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.profile.analytics.FeatureVector;
import com.gridloop.profile.analytics.flex.DemandResponsePotential;
import com.gridloop.profile.analytics.shape.LoadFeatures;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each customer's consumption-behaviour features (the typical normalised day and
 * the scalar features of {@link LoadFeatures}) current, from the last 28 days of usage,
 * so the nightly segmentation reads one row per customer instead of every day of usage.
 */
@Component
public class CustomerFeatures {

	/** Window of usage days the features describe. */
	static final int WINDOW_DAYS = 28;

	/**
	 * Hours of the evening system peak the feature {@code peak_share} counts (17:00-23:00
	 * local).
	 */
	private static final boolean[] PEAK_HOURS = new boolean[24];

	static {
		for (int h = 17; h < 23; h++) {
			PEAK_HOURS[h] = true;
		}
	}

	private final JdbcTemplate jdbc;

	private final RestDays restDays;

	private final DemandResponsePotential potential = new DemandResponsePotential();

	CustomerFeatures(JdbcTemplate jdbc, RestDays restDays) {
		this.jdbc = jdbc;
		this.restDays = restDays;
	}

	/**
	 * Recomputes the features of these customers; runs in the caller's transaction.
	 * @return each customer's demand-response potential in kW (from the same days)
	 */
	Map<String, Double> update(String[] customerIds, Map<String, TagCalculator.Archive> archives) {
		Map<String, Double> flexibility = new HashMap<>();
		Map<String, List<Object[]>> days = new HashMap<>();
		this.jdbc.query(con -> {
			var ps = con.prepareStatement(
					"""
							with latest as (
							  select customer_id, max(day) as last_day from usage_day where customer_id = any(?)
							    and hourly_kwh is not null group by customer_id)
							select u.customer_id, u.day, u.hourly_kwh from usage_day u join latest l on l.customer_id = u.customer_id
							where u.day > l.last_day - ? and u.hourly_kwh is not null order by u.customer_id, u.day""");
			ps.setArray(1, con.createArrayOf("text", customerIds));
			ps.setInt(2, WINDOW_DAYS);
			return ps;
		}, rs -> {
			days.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new Object[] { rs.getDate(2).toLocalDate(), doubles(rs.getArray(3)) });
		});
		List<Object[]> rows = new ArrayList<>();
		for (Map.Entry<String, List<Object[]>> e : days.entrySet()) {
			List<Object[]> list = e.getValue();
			double[][] hourly = new double[list.size()][];
			boolean[] rest = new boolean[list.size()];
			for (int d = 0; d < list.size(); d++) {
				hourly[d] = (double[]) list.get(d)[1];
				rest[d] = this.restDays.isRestDay((LocalDate) list.get(d)[0]);
			}
			double[] features = LoadFeatures.of(hourly, rest, PEAK_HOURS);
			if (features == null) {
				continue;
			}
			flexibility.put(e.getKey(),
					Math.round(this.potential.estimate(hourly, PEAK_HOURS).potentialKw() * 1000) / 1000.0);
			TagCalculator.Archive archive = archives.get(e.getKey());
			String group = archive == null || archive.category() == null || "RESIDENTIAL".equals(archive.category())
					? "RESIDENTIAL" : "CI";
			rows.add(new Object[] { e.getKey(), group, features });
		}
		this.jdbc.batchUpdate("""
				insert into customer_feature (customer_id, grp, features, has_phone)
				values (?, ?, ?, coalesce((select has_phone from customer c where c.customer_id = ?), false))
				on conflict (customer_id) do update set grp = excluded.grp, features = excluded.features,
				  has_phone = excluded.has_phone, updated_at = now()""", rows, 1000, (ps, r) -> {
			ps.setString(1, (String) r[0]);
			ps.setString(2, (String) r[1]);
			ps.setBytes(3, FeatureVector.pack((double[]) r[2]));
			ps.setString(4, (String) r[0]);
		});
		return flexibility;
	}

	private static double[] doubles(Array array) throws java.sql.SQLException {
		Object[] values = (Object[]) array.getArray();
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = values[i] == null ? Double.NaN : ((Number) values[i]).doubleValue();
		}
		return out;
	}

}
