package com.gridloop.profile.tags;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.profile.ProfileProperties;
import com.gridloop.profile.segmentation.SegmentModels;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the tags of customers marked dirty by new facts and publishes their
 * snapshots, each with the customer's segment in the latest successful segmentation run
 * (none before a run has placed it). Customers are claimed with {@code skip locked}, so
 * several replicas share the work without doing it twice.
 */
@Component
public record TagRefresher(JdbcTemplate jdbc, TransactionTemplate tx, Outbox outbox, ProfileProperties properties,
		MeterRegistry meters, CustomerFeatures features, SegmentModels segmentModels, ServiceTags serviceTags) {

	private static final Logger log = LoggerFactory.getLogger(TagRefresher.class);

	/**
	 * Tags the nightly models write (with their version); the refresher carries them into
	 * snapshots unchanged.
	 */
	private static final java.util.Set<String> MODEL_TAGS = java.util.Set.of("churn_risk", "arrears_risk");

	@Scheduled(fixedDelayString = "${gridloop.profile.refresh-interval:1s}")
	void refreshDirty() {
		int n;
		do {
			n = refreshOnce();
		}
		while (n == this.properties.refreshBatch());
	}

	/** Refreshes up to one batch of dirty customers; returns how many. */
	public int refreshOnce() {
		Integer n = this.tx.execute(s -> {
			List<String> claimed = this.jdbc.queryForList("""
					delete from dirty_customer where customer_id in (
					  select customer_id from dirty_customer order by marked_at limit ? for update skip locked)
					returning customer_id""", String.class, this.properties.refreshBatch());
			if (!claimed.isEmpty()) {
				refresh(claimed);
			}
			return claimed.size();
		});
		int count = n == null ? 0 : n;
		if (count > 0) {
			this.meters.counter("gridloop.profile.snapshots").increment(count);
			log.debug("Refreshed tags of {} customers", count);
		}
		return count;
	}

	/**
	 * Scores models wrote for these customers (churn and arrears risk), kept when their
	 * other tags refresh.
	 */
	private Map<String, Map<String, Object>> modelTags(String[] ids) {
		Map<String, Map<String, Object>> out = new HashMap<>();
		this.jdbc.query(con -> {
			var ps = con.prepareStatement("""
					select customer_id, tag_code, value_num from tag_value
					where customer_id = any(?) and tag_code in ('churn_risk', 'arrears_risk')""");
			ps.setArray(1, con.createArrayOf("text", ids));
			return ps;
		}, rs -> {
			out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getDouble(3));
		});
		return out;
	}

	private void refresh(List<String> customerIds) {
		String[] ids = customerIds.toArray(String[]::new);
		Map<String, TagCalculator.Archive> archives = new HashMap<>();
		this.jdbc.query(con -> {
			var ps = con.prepareStatement(
					"""
							select customer_id, category, region_code, voltage_level, tariff_code, contracted_kva, industry_code,
							       status, account_manager
							from customer where customer_id = any(?)""");
			ps.setArray(1, con.createArrayOf("text", ids));
			return ps;
		}, rs -> {
			archives.put(rs.getString(1), new TagCalculator.Archive(rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), (Double) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9)));
		});
		Map<String, UsageAggregate> usage = new HashMap<>();
		this.jdbc.query(con -> {
			// The window is the year up to each customer's latest day of data.
			var ps = con.prepareStatement(
					"""
							with latest as (
							  select customer_id, max(day) as last_day from usage_day where customer_id = any(?) group by customer_id)
							select u.customer_id, count(*), sum(u.kwh), coalesce(sum(u.sharp_kwh), 0),
							       coalesce(sum(u.peak_kwh), 0), coalesce(sum(u.flat_kwh), 0), coalesce(sum(u.valley_kwh), 0),
							       coalesce(max(u.max_demand_kw), 0), avg(u.kwh), coalesce(stddev_pop(u.kwh), 0),
							       min(u.day), max(u.day), coalesce(sum(u.kwh) filter (where u.sharp_kwh is not null), 0),
							       count(*) filter (where u.max_demand_kw is not null),
							       coalesce(sum(u.reactive_kvarh), 0), coalesce(sum(u.reactive_base_kwh), 0)
							from usage_day u join latest l on l.customer_id = u.customer_id
							where u.day > l.last_day - 365
							group by u.customer_id""");
			ps.setArray(1, con.createArrayOf("text", ids));
			return ps;
		}, rs -> {
			usage.put(rs.getString(1),
					new UsageAggregate(rs.getInt(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
							rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10),
							rs.getDate(11).toLocalDate(), rs.getDate(12).toLocalDate(), rs.getDouble(13), rs.getInt(14),
							rs.getDouble(15), rs.getDouble(16)));
		});
		Instant now = Instant.now();
		List<Object[]> values = new ArrayList<>();
		List<Object[]> published = new ArrayList<>();
		Map<String, Map<String, Object>> tagsById = new HashMap<>();
		LocalDate asOf = this.serviceTags.horizon();
		Map<String, Map<String, Object>> service = this.serviceTags.compute(ids, asOf);
		Map<String, Double> flexibility = this.features.update(ids, archives);
		Map<String, Map<String, Object>> models = this.modelTags(ids);
		for (String id : customerIds) {
			UsageAggregate u = usage.get(id);
			Map<String, Object> tags = TagCalculator.compute(archives.get(id), u);
			tags.putAll(service.getOrDefault(id, Map.of()));
			if (flexibility.containsKey(id)) {
				tags.put("demand_response_kw", flexibility.get(id));
			}
			tags.putAll(models.getOrDefault(id, Map.of()));
			tagsById.put(id, tags);
			LocalDate from = u == null ? null : u.from();
			LocalDate to = u == null ? null : u.to();
			tags.forEach((code, value) -> {
				if (MODEL_TAGS.contains(code)) {
					return;
				}
				values.add(new Object[] { id, code, value instanceof Number n ? n.doubleValue() : null,
						value instanceof Number ? null : value, from == null ? null : Date.valueOf(from),
						to == null ? null : Date.valueOf(to), java.sql.Timestamp.from(now) });
			});
			published.add(new Object[] { id, java.sql.Timestamp.from(now) });
		}
		this.jdbc.batchUpdate(
				"""
						insert into tag_value (customer_id, tag_code, value_num, value_text, window_start, window_end, computed_at)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (customer_id, tag_code) do update set value_num = excluded.value_num,
						  value_text = excluded.value_text, window_start = excluded.window_start,
						  window_end = excluded.window_end, computed_at = excluded.computed_at""",
				values);
		// Which customers have a snapshot, for the profile's counts; the segment itself
		// lives in the run.
		this.jdbc.batchUpdate("""
				insert into customer_snapshot (customer_id, published_at) values (?, ?)
				on conflict (customer_id) do update set published_at = excluded.published_at""", published);
		Map<String, SegmentModels.Placement> placed = this.segmentModels.placements(ids);
		List<TagSnapshotPublished> snapshots = new ArrayList<>(customerIds.size());
		for (int i = 0; i < customerIds.size(); i++) {
			String id = customerIds.get(i);
			UsageAggregate u = usage.get(id);
			// No segment until a segmentation run has placed the customer (decision 13).
			SegmentModels.Placement segment = placed.get(id);
			snapshots.add(new TagSnapshotPublished(id, now, tagsById.get(id), segment == null ? null : segment.code(),
					segment == null ? null : segment.reason(), u == null ? null : u.from(), u == null ? null : u.to()));
		}
		this.outbox.appendAll(Events.TAG_SNAPSHOT_PUBLISHED, snapshots, TagSnapshotPublished::customerId);
	}

}
