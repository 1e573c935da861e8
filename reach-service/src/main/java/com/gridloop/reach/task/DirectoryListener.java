package com.gridloop.reach.task;

import java.util.ArrayList;
import java.util.List;

import com.gridloop.common.event.Events;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps reach's trimmed copies of who serves whom: managers (ingestion's
 * ManagerRecorded), each customer's contact, named manager and transformer area
 * (ingestion's CustomerLinked and CustomerUpdated). The best time to call is the
 * {@code active_hour} reach keeps for its send times.
 */
@Component
record DirectoryListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {

	/** The fields of ingestion's ManagerRecorded that reach keeps. */
	record ManagerRecorded(String staffNo, String name, String team, int weeklyCapacity,
			List<String> transformerAreas) {
	}

	/**
	 * The fields of ingestion's CustomerLinked that reach keeps: the contact is what the
	 * customer's own manager calls.
	 */
	record CustomerLinked(String customerId, String name, String phone, String category, String accountManager) {
	}

	/** The field of ingestion's CustomerUpdated that reach keeps. */
	record CustomerUpdated(String customerId, String transformerArea) {
	}

	/** Ingestion erased the customer's personal data. */
	record CustomerErased(String customerId) {
	}

	@KafkaListener(topics = Topics.MANAGERS, id = "reach-managers")
	@KafkaListener(topics = Topics.CUSTOMERS, id = "reach-customers")
	void on(List<ConsumerRecord<String, String>> records) {
		this.consumer
			.routeTopics(records,
					topics -> topics
						.on(Topics.MANAGERS, "reach.managers",
								routes -> routes.onPayloads(Events.MANAGER_RECORDED, ManagerRecorded.class,
										this::managers))
						.on(Topics.CUSTOMERS, "reach.customers",
								routes -> routes.onPayloads(Events.CUSTOMER_LINKED, CustomerLinked.class, this::linked)
									.onPayloads(Events.CUSTOMER_UPDATED, CustomerUpdated.class, this::updated)
									.onPayloads(Events.CUSTOMER_ERASED, CustomerErased.class, this::erased)));
	}

	private void managers(List<ManagerRecorded> recorded) {
		this.jdbc.batchUpdate("""
				insert into manager (staff_no, name, team, weekly_capacity, transformer_areas) values (?, ?, ?, ?, ?)
				on conflict (staff_no) do update set name = excluded.name, team = excluded.team,
				  weekly_capacity = excluded.weekly_capacity, transformer_areas = excluded.transformer_areas""",
				recorded, 500, (ps, m) -> {
					ps.setString(1, m.staffNo());
					ps.setString(2, m.name());
					ps.setString(3, m.team());
					ps.setInt(4, m.weeklyCapacity());
					List<String> areas = m.transformerAreas() == null ? List.of() : m.transformerAreas();
					ps.setArray(5, ps.getConnection().createArrayOf("text", areas.toArray()));
				});
	}

	private void linked(List<CustomerLinked> linked) {
		List<Object[]> rows = new ArrayList<>();
		linked.forEach(
				c -> rows.add(new Object[] { c.customerId(), c.name(), c.phone(), c.category(), c.accountManager() }));
		this.jdbc.batchUpdate("""
				insert into customer_contact (customer_id, name, phone, category, account_manager)
				values (?, ?, ?, ?, ?)
				on conflict (customer_id) do update set name = excluded.name, phone = excluded.phone,
				  category = excluded.category, account_manager = excluded.account_manager""", rows);
	}

	/**
	 * Drops the contact's name and phone and the target's masked name; who serves the
	 * customer stays.
	 */
	private void erased(List<CustomerErased> erased) {
		List<Object[]> ids = erased.stream().map(e -> new Object[] { e.customerId() }).toList();
		this.jdbc.batchUpdate("update customer_contact set name = null, phone = null where customer_id = ?", ids);
		this.jdbc.batchUpdate("update target set masked_name = null where customer_id = ?", ids);
	}

	private void updated(List<CustomerUpdated> updated) {
		List<Object[]> rows = new ArrayList<>();
		updated.stream()
			.filter(u -> u.transformerArea() != null)
			.forEach(u -> rows.add(new Object[] { u.customerId(), u.transformerArea() }));
		this.jdbc.batchUpdate("""
				insert into customer_contact (customer_id, transformer_area) values (?, ?)
				on conflict (customer_id) do update set transformer_area = excluded.transformer_area""", rows);
	}

}
