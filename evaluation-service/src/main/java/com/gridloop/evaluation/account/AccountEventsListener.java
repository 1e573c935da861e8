package com.gridloop.evaluation.account;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Keeps the tickets, bills and account status of campaign customers (those with an
 * assignment when the fact arrives) and marks their campaigns for a new result.
 */
@Component
record AccountEventsListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {

	record TicketRecorded(String ticketId, String customerId, String category, OffsetDateTime acceptTime) {
	}

	record BillRecorded(String customerId, String month, BigDecimal amount) {
	}

	record CustomerUpdated(String customerId, String status, LocalDate closedDate) {
	}

	@KafkaListener(topics = Topics.TICKETS, id = "evaluation-tickets")
	@KafkaListener(topics = Topics.BILLS, id = "evaluation-bills")
	@KafkaListener(topics = Topics.CUSTOMERS, id = "evaluation-customers")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer
			.routeTopics(records,
					topics -> topics
						.on(Topics.TICKETS, "evaluation.tickets",
								routes -> routes.onPayloads(Events.TICKET_RECORDED, TicketRecorded.class,
										this::tickets))
						.on(Topics.BILLS, "evaluation.bills",
								routes -> routes.onPayloads(Events.BILL_RECORDED, BillRecorded.class, this::bills))
						.on(Topics.CUSTOMERS, "evaluation.customers", routes -> routes
							.onPayloads(Events.CUSTOMER_UPDATED, CustomerUpdated.class, this::statuses)));
	}

	private void tickets(List<TicketRecorded> tickets) {
		Set<String> kept = campaignCustomers(tickets.stream().map(TicketRecorded::customerId).toList());
		List<Object[]> rows = new ArrayList<>();
		for (TicketRecorded t : tickets) {
			if (kept.contains(t.customerId()) && t.acceptTime() != null) {
				rows.add(new Object[] { t.ticketId(), t.customerId(), t.category(),
						Date.valueOf(t.acceptTime().toLocalDate()) });
			}
		}
		this.jdbc.batchUpdate("""
				insert into customer_ticket (ticket_id, customer_id, category, accepted_on) values (?, ?, ?, ?)
				on conflict (ticket_id) do update set customer_id = excluded.customer_id, category = excluded.category,
				  accepted_on = excluded.accepted_on""", rows);
		markStale(kept);
	}

	private void bills(List<BillRecorded> bills) {
		Set<String> kept = campaignCustomers(bills.stream().map(BillRecorded::customerId).toList());
		List<Object[]> rows = new ArrayList<>();
		for (BillRecorded b : bills) {
			if (kept.contains(b.customerId()) && b.month() != null && b.amount() != null) {
				rows.add(new Object[] { b.customerId(), b.month(), b.amount() });
			}
		}
		this.jdbc.batchUpdate("""
				insert into customer_bill (customer_id, month, amount) values (?, ?, ?)
				on conflict (customer_id, month) do update set amount = excluded.amount""", rows);
		markStale(kept);
	}

	private void statuses(List<CustomerUpdated> updates) {
		Set<String> kept = campaignCustomers(updates.stream().map(CustomerUpdated::customerId).toList());
		List<Object[]> rows = new ArrayList<>();
		for (CustomerUpdated u : updates) {
			if (kept.contains(u.customerId()) && u.status() != null) {
				rows.add(new Object[] { u.customerId(), u.status(),
						u.closedDate() == null ? null : Date.valueOf(u.closedDate()) });
			}
		}
		this.jdbc.batchUpdate("""
				insert into customer_status (customer_id, status, closed_on) values (?, ?, ?)
				on conflict (customer_id) do update set status = excluded.status, closed_on = excluded.closed_on""",
				rows);
		markStale(kept);
	}

	/** Of the customers named, those assigned to some campaign. */
	private Set<String> campaignCustomers(List<String> customers) {
		String[] ids = customers.stream().filter(java.util.Objects::nonNull).distinct().toArray(String[]::new);
		if (ids.length == 0) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.query(con -> {
			var ps = con.prepareStatement("select distinct customer_id from assignment where customer_id = any(?)");
			ps.setArray(1, con.createArrayOf("text", ids));
			return ps;
		}, (rs, i) -> rs.getString(1)));
	}

	private void markStale(Set<String> customers) {
		if (customers.isEmpty()) {
			return;
		}
		String[] ids = customers.toArray(String[]::new);
		this.jdbc.update(con -> {
			var ps = con.prepareStatement("""
					insert into stale_campaign (campaign_id)
					select distinct campaign_id from assignment where customer_id = any(?) on conflict do nothing""");
			ps.setArray(1, con.createArrayOf("text", ids));
			return ps;
		});
	}

}
