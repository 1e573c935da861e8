package com.gridloop.evaluation.usage;

import java.sql.Date;
import java.util.List;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily usage of campaign customers (those with an assignment when the fact
 * arrives) from ingestion's usage facts, and marks their campaigns for a new result. A
 * day arriving again replaces the day.
 */
@Component
record UsageListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {

	/**
	 * The fields of ingestion's CustomerDayUsageRecorded the kWh shift uses; the bands
	 * are null for a day without time-of-use bands.
	 */
	record UsageDay(String customerId, java.time.LocalDate day, double kwh, Double sharpKwh, Double peakKwh) {

		/** Peak plus sharp kWh, null without a peak band. */
		Double peakAndSharp() {
			return this.peakKwh == null ? null : this.peakKwh + (this.sharpKwh == null ? 0 : this.sharpKwh);
		}

	}

	@KafkaListener(topics = Topics.USAGE_DAILY, id = "evaluation-usage")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.route("evaluation.usage", records,
				routes -> routes.onPayloads(Events.USAGE_RECORDED, UsageDay.class, this::apply));
	}

	private void apply(List<UsageDay> days) {
		String[] customers = new String[days.size()];
		Date[] dates = new Date[days.size()];
		Double[] kwh = new Double[days.size()];
		Double[] peak = new Double[days.size()];
		for (int i = 0; i < customers.length; i++) {
			UsageDay d = days.get(i);
			customers[i] = d.customerId();
			dates[i] = Date.valueOf(d.day());
			kwh[i] = d.kwh();
			peak[i] = d.peakAndSharp();
		}
		this.jdbc.update(con -> {
			var ps = con.prepareStatement(
					"""
							with kept as (
							  insert into usage_day (customer_id, day, kwh, peak_kwh)
							  select distinct on (u.customer_id, u.day) u.customer_id, u.day, u.kwh, u.peak_kwh
							  from unnest(?::text[], ?::date[], ?::float8[], ?::float8[]) with ordinality
							    as u(customer_id, day, kwh, peak_kwh, n)
							  where exists (select 1 from assignment a where a.customer_id = u.customer_id)
							  order by u.customer_id, u.day, u.n desc
							  on conflict (customer_id, day) do update set kwh = excluded.kwh, peak_kwh = excluded.peak_kwh
							  returning customer_id)
							insert into stale_campaign (campaign_id)
							select distinct a.campaign_id from assignment a where a.customer_id in (select customer_id from kept)
							on conflict do nothing""");
			ps.setArray(1, con.createArrayOf("text", customers));
			ps.setArray(2, con.createArrayOf("date", dates));
			ps.setArray(3, con.createArrayOf("float8", kwh));
			ps.setArray(4, con.createArrayOf("float8", peak));
			return ps;
		});
	}

}
