package com.gridloop.evaluation.account;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.gridloop.evaluation.stats.ProportionComparison;
import com.gridloop.evaluation.stats.WelchInterval;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes a campaign's {@link AccountOutcomes} from the tickets, bills and account
 * statuses kept for its customers.
 */
@Component
public record AccountOutcomesCalculator(JdbcClient jdbc) {

	private record CustomerOutcome(String arm, boolean closed, long complaints, double revenue) {
	}

	/** The outcomes, or nothing while an arm has fewer than two customers. */
	public Optional<AccountOutcomes> compute(UUID campaignId, LocalDate launchDay, double confidence) {
		List<CustomerOutcome> rows = this.jdbc.sql("""
				select a.arm,
				       exists (select 1 from customer_status s where s.customer_id = a.customer_id
				               and s.status = 'CLOSED' and (s.closed_on is null or s.closed_on < :until)) as closed,
				       (select count(*) from customer_ticket t where t.customer_id = a.customer_id
				          and t.category = 'COMPLAINT' and t.accepted_on >= :launch and t.accepted_on < :until)
				         as complaints,
				       (select coalesce(sum(b.amount), 0) from customer_bill b where b.customer_id = a.customer_id
				          and b.month >= :month)::float8 as revenue
				from assignment a where a.campaign_id = :campaign""")
			.param("campaign", campaignId)
			.param("launch", launchDay)
			.param("until", launchDay.plusDays(AccountOutcomes.WINDOW_DAYS))
			.param("month", YearMonth.from(launchDay).toString())
			.query(CustomerOutcome.class)
			.list();
		List<CustomerOutcome> t = new ArrayList<>();
		List<CustomerOutcome> c = new ArrayList<>();
		for (CustomerOutcome r : rows) {
			("TREATMENT".equals(r.arm()) ? t : c).add(r);
		}
		if (t.size() < 2 || c.size() < 2) {
			return Optional.empty();
		}
		ProportionComparison retention = ProportionComparison.of(t.size(), t.stream().filter(r -> !r.closed()).count(),
				c.size(), c.stream().filter(r -> !r.closed()).count(), confidence);
		WelchInterval complaints = WelchInterval.of(t.stream().mapToDouble(r -> r.complaints() * 1000.0).toArray(),
				c.stream().mapToDouble(r -> r.complaints() * 1000.0).toArray(), confidence);
		WelchInterval revenue = WelchInterval.of(t.stream().mapToDouble(CustomerOutcome::revenue).toArray(),
				c.stream().mapToDouble(CustomerOutcome::revenue).toArray(), confidence);
		return Optional.of(new AccountOutcomes(AccountOutcomes.WINDOW_DAYS, retention, complaints, revenue));
	}

}
