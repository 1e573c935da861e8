package com.gridloop.evaluation.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.gridloop.evaluation.stats.PrePostComparison;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes a campaign's {@link LoadShift} from the usage kept for its customers: one
 * pre-period and one post-period value per customer, then the statistics of
 * {@link PrePostComparison}.
 */
@Component
public record LoadShiftCalculator(JdbcClient jdbc) {

	private record CustomerPeriods(String arm, double prePeak, double postPeak, double preShare, double postShare) {
	}

	/**
	 * The shift, or nothing while fewer than two customers per arm have usage with bands
	 * on both sides of the launch day.
	 */
	public Optional<LoadShift> compute(UUID campaignId, LocalDate launchDay, double confidence) {
		List<CustomerPeriods> rows = this.jdbc.sql("""
				select a.arm,
				       avg(u.peak_kwh) filter (where u.day < :launch) as pre_peak,
				       avg(u.peak_kwh) filter (where u.day >= :launch) as post_peak,
				       sum(u.peak_kwh) filter (where u.day < :launch)
				         / nullif(sum(u.kwh) filter (where u.day < :launch), 0) as pre_share,
				       sum(u.peak_kwh) filter (where u.day >= :launch)
				         / nullif(sum(u.kwh) filter (where u.day >= :launch), 0) as post_share
				from assignment a
				join usage_day u on u.customer_id = a.customer_id
				where a.campaign_id = :campaign and u.peak_kwh is not null and u.day >= :from
				group by a.arm, a.customer_id
				having count(*) filter (where u.day < :launch) > 0 and count(*) filter (where u.day >= :launch) > 0
				   and sum(u.kwh) filter (where u.day < :launch) > 0 and sum(u.kwh) filter (where u.day >= :launch) > 0
				""")
			.param("campaign", campaignId)
			.param("launch", launchDay)
			.param("from", launchDay.minusDays(LoadShift.PRE_DAYS))
			.query(CustomerPeriods.class)
			.list();
		List<CustomerPeriods> t = new ArrayList<>();
		List<CustomerPeriods> c = new ArrayList<>();
		for (CustomerPeriods r : rows) {
			("TREATMENT".equals(r.arm()) ? t : c).add(r);
		}
		if (t.size() < 2 || c.size() < 2) {
			return Optional.empty();
		}
		PrePostComparison kwh = PrePostComparison.of(values(t, CustomerPeriods::prePeak),
				values(t, CustomerPeriods::postPeak), values(c, CustomerPeriods::prePeak),
				values(c, CustomerPeriods::postPeak), confidence);
		PrePostComparison share = PrePostComparison.of(values(t, CustomerPeriods::preShare),
				values(t, CustomerPeriods::postShare), values(c, CustomerPeriods::preShare),
				values(c, CustomerPeriods::postShare), confidence);
		return Optional.of(new LoadShift(t.size(), c.size(), LoadShift.PRE_DAYS, kwh, share));
	}

	private static double[] values(List<CustomerPeriods> rows, java.util.function.ToDoubleFunction<CustomerPeriods> f) {
		return rows.stream().mapToDouble(f).toArray();
	}

}
