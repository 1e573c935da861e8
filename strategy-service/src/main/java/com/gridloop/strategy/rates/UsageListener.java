package com.gridloop.strategy.rates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each customer's usage per local month, day by day, from ingestion's daily usage
 * facts: a day's fact arriving again replaces that day.
 */
@Component
record UsageListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {

	/**
	 * The fields of ingestion's CustomerDayUsageRecorded that the rate comparison uses;
	 * the bands are null for a register day without time-of-use registers.
	 */
	record UsageDay(String customerId, LocalDate day, double kwh, Double sharpKwh, Double peakKwh, Double flatKwh,
			Double valleyKwh, Double maxDemandKw, String bandCalendar, Double reactiveKvarh, Double reactiveBaseKwh) {
	}

	private static final int COLUMNS = 8;

	@KafkaListener(topics = Topics.USAGE_DAILY, id = "strategy-usage")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.route("strategy.usage", records,
				routes -> routes.onPayloads(Events.USAGE_RECORDED, UsageDay.class, this::apply));
	}

	/** One customer's month within a batch of facts: eight columns of 31 days. */
	private static final class MonthDays {

		final Double[][] columns = new Double[COLUMNS][31];

		String calendar;

	}

	private void apply(List<UsageDay> days) {
		Map<String, MonthDays> months = new LinkedHashMap<>();
		for (UsageDay d : days) {
			MonthDays month = months.computeIfAbsent(d.customerId() + "|" + YearMonth.from(d.day()),
					k -> new MonthDays());
			int i = d.day().getDayOfMonth() - 1;
			Double[] values = { d.kwh(), d.sharpKwh(), d.peakKwh(), d.flatKwh(), d.valleyKwh(), d.maxDemandKw(),
					d.reactiveKvarh(), d.reactiveBaseKwh() };
			for (int c = 0; c < COLUMNS; c++) {
				month.columns[c][i] = values[c];
			}
			if (d.bandCalendar() != null) {
				month.calendar = d.bandCalendar();
			}
		}
		List<Object[]> rows = new ArrayList<>(months.size());
		months.forEach((key, month) -> {
			int bar = key.lastIndexOf('|');
			Object[] row = new Object[3 + COLUMNS];
			row[0] = key.substring(0, bar);
			row[1] = YearMonth.parse(key.substring(bar + 1)).atDay(1);
			row[2] = month.calendar;
			for (int c = 0; c < COLUMNS; c++) {
				row[3 + c] = literal(month.columns[c]);
			}
			rows.add(row);
		});
		this.jdbc.batchUpdate("""
				insert into customer_usage_month (customer_id, month, band_calendar, kwh, sharp_kwh, peak_kwh,
				  flat_kwh, valley_kwh, max_demand_kw, reactive_kvarh, reactive_base_kwh)
				values (?, ?, ?, ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[],
				  ?::float8[], ?::float8[])
				on conflict (customer_id, month) do update set
				  band_calendar = coalesce(excluded.band_calendar, customer_usage_month.band_calendar),
				  kwh = merge_days(customer_usage_month.kwh, excluded.kwh, excluded.kwh),
				  sharp_kwh = merge_days(customer_usage_month.sharp_kwh, excluded.sharp_kwh, excluded.kwh),
				  peak_kwh = merge_days(customer_usage_month.peak_kwh, excluded.peak_kwh, excluded.kwh),
				  flat_kwh = merge_days(customer_usage_month.flat_kwh, excluded.flat_kwh, excluded.kwh),
				  valley_kwh = merge_days(customer_usage_month.valley_kwh, excluded.valley_kwh, excluded.kwh),
				  max_demand_kw = merge_days(customer_usage_month.max_demand_kw, excluded.max_demand_kw, excluded.kwh),
				  reactive_kvarh = merge_days(customer_usage_month.reactive_kvarh, excluded.reactive_kvarh,
				    excluded.kwh),
				  reactive_base_kwh = merge_days(customer_usage_month.reactive_base_kwh, excluded.reactive_base_kwh,
				    excluded.kwh),
				  updated_at = now()""", rows);
	}

	/** A PostgreSQL array literal of 31 days, NULL where the day has no value. */
	private static String literal(Double[] days) {
		StringBuilder s = new StringBuilder(31 * 8).append('{');
		for (int i = 0; i < days.length; i++) {
			s.append(i == 0 ? "" : ",").append(days[i] == null ? "NULL" : Double.toString(days[i]));
		}
		return s.append('}').toString();
	}

}
