package com.gridloop.profile.facts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Profile's copies of bills, linked tickets, app activity, outages and weather, from
 * which value, service and risk tags are computed; the customers concerned are marked for
 * a tag refresh.
 */
@Component
record SourcesListener(IdempotentConsumer consumer, JdbcTemplate jdbc, FactsListener facts) {

	record Bill(String customerId, String month, double kwh, double amount, LocalDate dueDate, double paidAmount,
			LocalDate paidDate, double oweAmount, String payChannel) {
	}

	record Ticket(String ticketId, String customerId, String category, OffsetDateTime acceptTime,
			OffsetDateTime handleTime) {
	}

	record Activity(String customerId, LocalDate day, int logins, int billViews, int payments, int offerClicks,
			int[] hourly) {
	}

	record Outage(String transformerArea, OffsetDateTime start, OffsetDateTime end, boolean planned) {
	}

	record Weather(String regionCode, LocalDate day, double minTemp, double maxTemp) {
	}

	@KafkaListener(topics = Topics.BILLS, id = "profile-bills")
	@KafkaListener(topics = Topics.TICKETS, id = "profile-tickets")
	@KafkaListener(topics = Topics.ACTIVITY, id = "profile-activity")
	@KafkaListener(topics = Topics.OUTAGES, id = "profile-outages")
	@KafkaListener(topics = Topics.WEATHER, id = "profile-weather")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer.routeTopics(records,
				topics -> topics
					.on(Topics.BILLS, "profile.bills",
							routes -> routes.onPayloads(Events.BILL_RECORDED, Bill.class, this::bills))
					.on(Topics.TICKETS, "profile.tickets",
							routes -> routes.onPayloads(Events.TICKET_RECORDED, Ticket.class, this::tickets))
					.on(Topics.ACTIVITY, "profile.activity",
							routes -> routes.onPayloads(Events.ACTIVITY_RECORDED, Activity.class, this::activity))
					.on(Topics.OUTAGES, "profile.outages",
							routes -> routes.onPayloads(Events.OUTAGE_RECORDED, Outage.class, this::outages))
					.on(Topics.WEATHER, "profile.weather",
							routes -> routes.onPayloads(Events.WEATHER_RECORDED, Weather.class, this::weather)));
	}

	private void bills(List<Bill> bills) {
		this.jdbc.batchUpdate("""
				insert into bill (customer_id, month, kwh, amount, due_date, paid_amount, paid_date, owe_amount,
				  pay_channel) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (customer_id, month) do update set kwh = excluded.kwh, amount = excluded.amount,
				  due_date = excluded.due_date, paid_amount = excluded.paid_amount, paid_date = excluded.paid_date,
				  owe_amount = excluded.owe_amount, pay_channel = excluded.pay_channel, from_customer = null""", bills,
				1000, (ps, b) -> {
					ps.setString(1, b.customerId());
					ps.setObject(2, YearMonth.parse(b.month()).atDay(1));
					ps.setDouble(3, b.kwh());
					ps.setDouble(4, b.amount());
					ps.setObject(5, b.dueDate());
					ps.setDouble(6, b.paidAmount());
					ps.setObject(7, b.paidDate());
					ps.setDouble(8, b.oweAmount());
					ps.setString(9, b.payChannel());
				});
		dirty(bills.stream().map(Bill::customerId).toList());
	}

	private void tickets(List<Ticket> all) {
		List<Ticket> linked = all.stream().filter(t -> t.customerId() != null).toList();
		// A ticket whose link was removed belongs to nobody known: its former customer
		// loses it.
		List<String> formerOwners = new ArrayList<>();
		for (Ticket t : all) {
			if (t.customerId() == null) {
				formerOwners.addAll(this.jdbc.queryForList(
						"delete from ticket where ticket_id = ? returning customer_id", String.class, t.ticketId()));
			}
		}
		dirty(formerOwners);
		this.jdbc.batchUpdate("""
				insert into ticket (ticket_id, customer_id, category, accept_time, handle_time) values (?, ?, ?, ?, ?)
				on conflict (ticket_id) do update set customer_id = excluded.customer_id,
				  handle_time = excluded.handle_time, from_customer = null""", linked, 1000, (ps, t) -> {
			ps.setString(1, t.ticketId());
			ps.setString(2, t.customerId());
			ps.setString(3, t.category());
			ps.setObject(4, t.acceptTime());
			ps.setObject(5, t.handleTime());
		});
		dirty(linked.stream().map(Ticket::customerId).toList());
	}

	private void activity(List<Activity> days) {
		this.jdbc.batchUpdate("""
				insert into activity_day (customer_id, day, logins, bill_views, payments, offer_clicks, hourly)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (customer_id, day) do update set logins = excluded.logins,
				  bill_views = excluded.bill_views, payments = excluded.payments,
				  offer_clicks = excluded.offer_clicks, hourly = excluded.hourly, from_customer = null""", days, 1000,
				(ps, a) -> {
					Integer[] hourly = new Integer[24];
					for (int h = 0; h < 24; h++) {
						hourly[h] = a.hourly() == null || a.hourly().length != 24 ? 0 : a.hourly()[h];
					}
					ps.setString(1, a.customerId());
					ps.setObject(2, a.day());
					ps.setInt(3, a.logins());
					ps.setInt(4, a.billViews());
					ps.setInt(5, a.payments());
					ps.setInt(6, a.offerClicks());
					ps.setArray(7, ps.getConnection().createArrayOf("int4", hourly));
				});
		dirty(days.stream().map(Activity::customerId).toList());
	}

	private void outages(List<Outage> outages) {
		this.jdbc.batchUpdate("""
				insert into outage (transformer_area, start_time, end_time, planned) values (?, ?, ?, ?)
				on conflict (transformer_area, start_time) do update set end_time = excluded.end_time,
				  planned = excluded.planned""", outages, 1000, (ps, o) -> {
			ps.setString(1, o.transformerArea());
			ps.setObject(2, o.start());
			ps.setObject(3, o.end());
			ps.setBoolean(4, o.planned());
		});
		String[] areas = outages.stream().map(Outage::transformerArea).distinct().toArray(String[]::new);
		List<String> affected = this.jdbc.query(con -> {
			var ps = con.prepareStatement("select customer_id from customer where transformer_area = any(?)");
			ps.setArray(1, con.createArrayOf("text", areas));
			return ps;
		}, (rs, i) -> rs.getString(1));
		dirty(affected);
	}

	private void weather(List<Weather> days) {
		this.jdbc.batchUpdate("""
				insert into weather (region_code, day, min_temp, max_temp) values (?, ?, ?, ?)
				on conflict (region_code, day) do update set min_temp = excluded.min_temp,
				  max_temp = excluded.max_temp""", days, 1000, (ps, w) -> {
			ps.setString(1, w.regionCode());
			ps.setObject(2, w.day());
			ps.setDouble(3, w.minTemp());
			ps.setDouble(4, w.maxTemp());
		});
	}

	private void dirty(List<String> customers) {
		Set<String> distinct = new LinkedHashSet<>(customers);
		this.facts.markDirty(distinct);
	}

}
