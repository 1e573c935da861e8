package com.gridloop.profile.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.EventRoutes.Received;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps profile's own copy of the customer and usage facts ingestion publishes, and marks
 * the customers they concern for a tag refresh.
 */
@Component
record FactsListener(IdempotentConsumer consumer, JdbcTemplate jdbc, MergedHistory history, DirtyMarks dirty) {

	/** The fields of ingestion's CustomerLinked that profile uses. */
	record CustomerLinked(String customerId, String category, String regionCode, String voltageLevel,
			Double contractedKva, String industryCode, String tariffCode, String phone, String accountManager) {
	}

	/**
	 * The fields of ingestion's usage fact that profile uses. Days known from daily
	 * register readings have no hourly values and no maximum demand, and bands only where
	 * the meter has time-of-use registers.
	 */
	record UsageRecorded(String customerId, LocalDate day, double kwh, double[] hourlyKwh, Double sharpKwh,
			Double peakKwh, Double flatKwh, Double valleyKwh, Double maxDemandKw, double missingShare,
			Double reactiveKvarh, Double reactiveBaseKwh) {
	}

	/** The fields of ingestion's CustomerUpdated that profile uses. */
	record CustomerUpdated(String customerId, String transformerArea, String status, LocalDate closedDate) {
	}

	/** The fields of ingestion's CustomerMerged that profile uses. */
	record CustomerMerged(String survivorId, String mergedId) {
	}

	/** The fields of ingestion's CustomerSplit that profile uses. */
	record CustomerSplit(String customerId, String restoredId, String restoredStatus) {
	}

	@KafkaListener(topics = Topics.CUSTOMERS, id = "profile-customers")
	@KafkaListener(topics = Topics.USAGE_DAILY, id = "profile-usage")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.routeTopics(records,
				topics -> topics
					.on(Topics.CUSTOMERS, "profile.customers",
							routes -> routes.on(Events.CUSTOMER_LINKED, CustomerLinked.class, this::linked)
								.on(Events.CUSTOMER_UPDATED, CustomerUpdated.class, this::updated)
								.on(Events.CUSTOMER_MERGED, CustomerMerged.class, this::merged)
								.on(Events.CUSTOMER_SPLIT, CustomerSplit.class, this::split))
					.on(Topics.USAGE_DAILY, "profile.usage",
							routes -> routes.on(Events.USAGE_RECORDED, UsageRecorded.class, this::usage)));
	}

	private void linked(List<Received<CustomerLinked>> events) {
		List<Object[]> rows = new ArrayList<>();
		Set<String> dirty = new TreeSet<>();
		for (Received<CustomerLinked> e : events) {
			CustomerLinked c = e.payload();
			rows.add(new Object[] { c.customerId(), c.category(), c.regionCode(), c.voltageLevel(), c.contractedKva(),
					c.industryCode(), c.tariffCode(), c.phone() != null, c.accountManager() });
			dirty.add(c.customerId());
		}
		this.jdbc.batchUpdate("""
				insert into customer (customer_id, category, region_code, voltage_level, contracted_kva, industry_code,
				  tariff_code, has_phone, account_manager) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (customer_id) do update set category = excluded.category,
				  region_code = excluded.region_code, voltage_level = excluded.voltage_level,
				  contracted_kva = excluded.contracted_kva, industry_code = excluded.industry_code,
				  tariff_code = excluded.tariff_code, has_phone = excluded.has_phone,
				  account_manager = excluded.account_manager, updated_at = now()""", rows);
		markDirty(dirty);
	}

	private void updated(List<Received<CustomerUpdated>> events) {
		Set<String> dirty = new TreeSet<>();
		for (Received<CustomerUpdated> e : events) {
			CustomerUpdated u = e.payload();
			// An update can arrive before the archive row it updates: keep it, the
			// archive fills the rest.
			this.jdbc.update("""
					insert into customer (customer_id, transformer_area, status, closed_date) values (?, ?, ?, ?)
					on conflict (customer_id) do update set transformer_area = coalesce(excluded.transformer_area,
					  customer.transformer_area), status = excluded.status, closed_date = excluded.closed_date,
					  updated_at = now()""", u.customerId(), u.transformerArea(), u.status(), u.closedDate());
			dirty.add(u.customerId());
		}
		markDirty(dirty);
	}

	private void merged(List<Received<CustomerMerged>> events) {
		Set<String> dirty = new TreeSet<>();
		for (Received<CustomerMerged> e : events) {
			CustomerMerged m = e.payload();
			this.jdbc.update("""
					insert into customer (customer_id, status, merged_into) values (?, 'MERGED', ?)
					on conflict (customer_id) do update set status = 'MERGED', merged_into = excluded.merged_into,
					  updated_at = now()""", m.mergedId(), m.survivorId());
			this.history.moveToSurvivor(m.mergedId(), m.survivorId());
			dirty.add(m.survivorId());
			dirty.add(m.mergedId());
		}
		markDirty(dirty);
	}

	private void split(List<Received<CustomerSplit>> events) {
		Set<String> dirty = new TreeSet<>();
		for (Received<CustomerSplit> e : events) {
			CustomerSplit split = e.payload();
			if (split.restoredId() != null) {
				this.jdbc.update("""
						update customer set status = coalesce(?, 'ACTIVE'), merged_into = null, updated_at = now()
						where customer_id = ?""", split.restoredStatus(), split.restoredId());
				this.history.moveBack(split.restoredId(), split.customerId());
				dirty.add(split.restoredId());
			}
			dirty.add(split.customerId());
		}
		markDirty(dirty);
	}

	private void usage(List<Received<UsageRecorded>> events) {
		List<UsageRecorded> facts = new ArrayList<>(events.size());
		Set<String> dirty = new TreeSet<>();
		for (Received<UsageRecorded> e : events) {
			UsageRecorded u = e.payload();
			if (u.hourlyKwh() != null && u.hourlyKwh().length != 24) {
				throw new IllegalArgumentException("Usage fact " + e.envelope().eventId() + " has "
						+ u.hourlyKwh().length + " hourly values instead of 24");
			}
			facts.add(u);
			dirty.add(u.customerId());
		}
		this.jdbc.batchUpdate("""
				insert into usage_day (customer_id, day, kwh, hourly_kwh, sharp_kwh, peak_kwh, flat_kwh, valley_kwh,
				  max_demand_kw, missing_share, reactive_kvarh, reactive_base_kwh)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (customer_id, day) do update set kwh = excluded.kwh, hourly_kwh = excluded.hourly_kwh,
				  sharp_kwh = excluded.sharp_kwh, peak_kwh = excluded.peak_kwh, flat_kwh = excluded.flat_kwh,
				  valley_kwh = excluded.valley_kwh, max_demand_kw = excluded.max_demand_kw,
				  missing_share = excluded.missing_share, reactive_kvarh = excluded.reactive_kvarh,
				  reactive_base_kwh = excluded.reactive_base_kwh, from_customer = null""", facts, 1000, (ps, u) -> {
			Float[] hourly = null;
			if (u.hourlyKwh() != null) {
				hourly = new Float[24];
				for (int h = 0; h < 24; h++) {
					hourly[h] = (float) u.hourlyKwh()[h];
				}
			}
			ps.setString(1, u.customerId());
			ps.setObject(2, u.day());
			ps.setDouble(3, u.kwh());
			ps.setArray(4, hourly == null ? null : ps.getConnection().createArrayOf("float4", hourly));
			ps.setObject(5, u.sharpKwh());
			ps.setObject(6, u.peakKwh());
			ps.setObject(7, u.flatKwh());
			ps.setObject(8, u.valleyKwh());
			ps.setObject(9, u.maxDemandKw());
			ps.setDouble(10, u.missingShare());
			ps.setObject(11, u.reactiveKvarh());
			ps.setObject(12, u.reactiveBaseKwh());
		});
		markDirty(dirty);
	}

	/**
	 * Marks customers for a tag refresh, once per transaction and in id order (see
	 * {@link DirtyMarks}).
	 */
	void markDirty(Set<String> customers) {
		this.dirty.mark(customers);
	}

}
