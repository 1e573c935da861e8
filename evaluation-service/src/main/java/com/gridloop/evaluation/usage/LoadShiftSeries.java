package com.gridloop.evaluation.usage;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The kWh shift over time: per day or per week, counted from the launch day, each arm's
 * mean daily peak-plus-sharp kWh over its customers with usage in that period, from the
 * {@link LoadShift#PRE_DAYS} days before launch on. The same usage the {@link LoadShift}
 * statistics are computed from, before they are reduced to two periods.
 */
@Component
public class LoadShiftSeries {

	/** The width of one point of the series. */
	public enum Grain {

		DAY(1), WEEK(7);

		private final int days;

		Grain(int days) {
			this.days = days;
		}

	}

	/**
	 * One period: its first day, its first day counted from launch (negative before), and
	 * each arm's mean daily peak-plus-sharp kWh with the customers it averages (null
	 * without any).
	 */
	public record Point(LocalDate period, int daysFromLaunch, Double treatmentPeakKwh, Double controlPeakKwh,
			long treatmentCustomers, long controlCustomers) {
	}

	/** The series of one campaign. */
	public record Series(UUID campaignId, LocalDate launchDay, Grain grain, List<Point> points) {
	}

	private final JdbcClient jdbc;

	private final ZoneId zone;

	LoadShiftSeries(JdbcClient jdbc, @Value("${gridloop.evaluation.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/** The series, or nothing for a campaign evaluation does not know as launched. */
	public Optional<Series> series(UUID campaignId, Grain grain) {
		record Launch(Date startsOn, Timestamp launchedAt) {
		}
		Optional<LocalDate> launch = this.jdbc
			.sql("select starts_on, launched_at from campaign where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(Launch.class)
			.optional()
			.map(l -> LoadShift.launchDay(l.startsOn(), l.launchedAt(), this.zone));
		if (launch.isEmpty()) {
			return Optional.empty();
		}
		LocalDate day = launch.get();
		List<Point> points = this.jdbc.sql("""
				with bucketed as (
				  select a.arm, a.customer_id, u.peak_kwh,
				         floor((u.day - cast(:launch as date))::float8 / cast(:step as int))::int * cast(:step as int)
				           as offset_days
				  from assignment a
				  join usage_day u on u.customer_id = a.customer_id
				  where a.campaign_id = :campaign and u.peak_kwh is not null and u.day >= :from),
				per_customer as (
				  select offset_days, arm, customer_id, avg(peak_kwh) as peak
				  from bucketed group by offset_days, arm, customer_id)
				select cast(:launch as date) + offset_days as period, offset_days as days_from_launch,
				       avg(peak) filter (where arm = 'TREATMENT') as treatment_peak_kwh,
				       avg(peak) filter (where arm = 'CONTROL') as control_peak_kwh,
				       count(*) filter (where arm = 'TREATMENT') as treatment_customers,
				       count(*) filter (where arm = 'CONTROL') as control_customers
				from per_customer group by offset_days order by offset_days""")
			.param("campaign", campaignId)
			.param("launch", day)
			.param("from", day.minusDays(LoadShift.PRE_DAYS))
			.param("step", grain.days)
			.query(Point.class)
			.list();
		return Optional.of(new Series(campaignId, day, grain, points));
	}

}
