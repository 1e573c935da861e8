package com.gridloop.strategy.acquisition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps acquisition's own copies of what ingestion publishes: connection applications,
 * the contracted capacity, area and account state of customers, and each customer's
 * monthly maximum demand from the daily usage facts. Capacity comes from the archive
 * events rather than the tag snapshots because the tags hold only its class (a band of
 * several hundred kVA), and the 80 % rule needs the kVA itself; monthly demand comes from
 * the usage facts because the {@code max_demand_kw} tag is one maximum over a year and
 * says nothing of three months in a row. Whenever a customer's demand or capacity
 * changes, its expansion lead is recomputed in the same transaction.
 */
@Component
record AcquisitionListener(IdempotentConsumer consumer, JdbcTemplate jdbc, MonthlyDemand demand, ExpansionLeads leads) {

	/** The fields of ingestion's ConnectionApplicationRecorded that strategy uses. */
	record ApplicationRecorded(String applicationNo, String customerId, String linkMethod, String kind, String status,
			String regionCode, String industryCode, BigDecimal requestedKva, LocalDate appliedOn) {
	}

	/** The fields of ingestion's CustomerLinked that acquisition uses. */
	record CustomerLinked(String customerId, Double contractedKva, String regionCode, String industryCode) {
	}

	/** The fields of ingestion's CustomerUpdated that acquisition uses. */
	record CustomerUpdated(String customerId, String status) {
	}

	/** The fields of ingestion's CustomerMerged that acquisition uses. */
	record CustomerMerged(String survivorId, String mergedId) {
	}

	/** The fields of ingestion's CustomerSplit that acquisition uses. */
	record CustomerSplit(String customerId, String restoredId, String restoredStatus) {
	}

	/** A standardised GB/T 4754 code: the section letter, then digits. */
	private static final Pattern INDUSTRY_CODE = Pattern.compile("[A-T](\\d{2,4})?");

	@KafkaListener(topics = Topics.APPLICATIONS, id = "strategy-applications")
	@KafkaListener(topics = Topics.CUSTOMERS, id = "strategy-acquisition-customers")
	@KafkaListener(topics = Topics.USAGE_DAILY, id = "strategy-acquisition-usage")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.routeTopics(records, topics -> topics
			.on(Topics.APPLICATIONS, "strategy.applications",
					routes -> routes.onPayloads(Events.CONNECTION_APPLICATION_RECORDED, ApplicationRecorded.class,
							this::applications))
			.on(Topics.CUSTOMERS, "strategy.acquisition-customers",
					routes -> routes.onPayloads(Events.CUSTOMER_LINKED, CustomerLinked.class, this::linked)
						.onPayloads(Events.CUSTOMER_UPDATED, CustomerUpdated.class, this::updated)
						.onPayloads(Events.CUSTOMER_MERGED, CustomerMerged.class, this::merged)
						.onPayloads(Events.CUSTOMER_SPLIT, CustomerSplit.class, this::split))
			.on(Topics.USAGE_DAILY, "strategy.acquisition-usage", routes -> routes.onPayloads(Events.USAGE_RECORDED,
					MonthlyDemand.UsageRecorded.class, facts -> this.leads.recompute(this.demand.add(facts)))));
	}

	private void applications(List<ApplicationRecorded> events) {
		List<Object[]> rows = new ArrayList<>();
		for (ApplicationRecorded a : events) {
			rows.add(new Object[] { a.applicationNo(), a.customerId(), a.linkMethod(), a.kind(), a.status(),
					a.regionCode(), section(a.industryCode()), a.industryCode(), a.requestedKva(), a.appliedOn() });
		}
		// Each event carries the application's whole state: the latest replaces the rest.
		this.jdbc.batchUpdate("""
				insert into acquisition_application (application_no, customer_id, link_method, kind, status,
				  region_code, industry, industry_code, requested_kva, applied_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (application_no) do update set customer_id = excluded.customer_id,
				  link_method = excluded.link_method, kind = excluded.kind, status = excluded.status,
				  region_code = excluded.region_code, industry = excluded.industry,
				  industry_code = excluded.industry_code, requested_kva = excluded.requested_kva,
				  applied_on = excluded.applied_on""", rows);
	}

	private void linked(List<CustomerLinked> events) {
		List<Object[]> rows = new ArrayList<>();
		Set<String> touched = new TreeSet<>();
		for (CustomerLinked c : events) {
			rows.add(new Object[] { c.customerId(), c.contractedKva(), c.regionCode(), section(c.industryCode()) });
			touched.add(c.customerId());
		}
		this.jdbc.batchUpdate("""
				insert into acquisition_customer (customer_id, contracted_kva, region_code, industry)
				values (?, ?, ?, ?)
				on conflict (customer_id) do update set contracted_kva = excluded.contracted_kva,
				  region_code = excluded.region_code, industry = excluded.industry""", rows);
		this.leads.recompute(touched);
	}

	private void updated(List<CustomerUpdated> events) {
		Set<String> touched = new TreeSet<>();
		for (CustomerUpdated u : events) {
			status(u.customerId(), u.status() == null ? "ACTIVE" : u.status());
			touched.add(u.customerId());
		}
		this.leads.recompute(touched);
	}

	private void merged(List<CustomerMerged> events) {
		Set<String> touched = new TreeSet<>();
		for (CustomerMerged m : events) {
			status(m.mergedId(), "MERGED");
			touched.add(m.mergedId());
		}
		this.leads.recompute(touched);
	}

	private void split(List<CustomerSplit> events) {
		Set<String> touched = new TreeSet<>();
		for (CustomerSplit s : events) {
			if (s.restoredId() != null) {
				status(s.restoredId(), s.restoredStatus() == null ? "ACTIVE" : s.restoredStatus());
				touched.add(s.restoredId());
			}
		}
		this.leads.recompute(touched);
	}

	private void status(String customerId, String status) {
		this.jdbc.update("""
				insert into acquisition_customer (customer_id, status) values (?, ?)
				on conflict (customer_id) do update set status = excluded.status""", customerId, status);
	}

	/**
	 * The GB/T 4754 section of a standardised code, as the {@code industry} tag has it;
	 * null for no code or an unknown one.
	 */
	static String section(String industryCode) {
		return industryCode != null && INDUSTRY_CODE.matcher(industryCode).matches() ? industryCode.substring(0, 1)
				: null;
	}

}
