package com.gridloop.reach.calllist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Reads and writes of call lists: tasks, who may see them, and their outcomes. */
@Component
record CallListQueries(JdbcClient jdbc) {

	/** Who a task belongs to, and the target it follows up. */
	record TaskRef(UUID id, UUID campaignId, String customerId, String assignee, String status) {
	}

	/**
	 * How many tasks there are by state and kind, and how many outcomes managers recorded
	 * on them.
	 */
	record TaskStats(long open, long queued, long done, long followUps, long visits, long outcomes) {
	}

	/** The open tasks of the assignees, most important first, then the soonest due. */
	List<CallListRow> openTasks(List<String> assignees) {
		return this.jdbc.sql("""
				select t.id as task_id, t.campaign_id, t.customer_id, c.name as contact_name, c.phone, t.assignee,
				       t.kind, t.reason, t.benefit_text, coalesce(h.active_hour, t.best_hour) as best_hour,
				       t.online_history || coalesce('; last outcome ' || t.outcome
				         || coalesce(' (' || t.note || ')', ''), '') as last_contacts,
				       coalesce((t.call_back_at at time zone 'Asia/Shanghai')::date, t.due_on) as due_on, t.priority
				from task t left join customer_contact c on c.customer_id = t.customer_id
				left join customer_active_hour h on h.customer_id = t.customer_id
				where t.assignee = any(?) and t.status = 'OPEN'
				order by t.priority, due_on, t.customer_id""")
			.param(new SqlArrayValue("text", assignees.toArray()))
			.query(CallListQueries::row)
			.list();
	}

	/**
	 * A row by column position: mapping by name looks every record component up under its
	 * camelCase name first, and the driver answers each miss with an exception.
	 */
	private static CallListRow row(ResultSet rs, int i) throws SQLException {
		return new CallListRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				(Integer) rs.getObject(10), rs.getString(11), rs.getObject(12, LocalDate.class), rs.getInt(13));
	}

	/** The team of a manager or lead, by staff no. */
	Optional<String> teamOf(String staffNo) {
		return this.jdbc.sql("select team from manager where staff_no = ?")
			.param(staffNo)
			.query(String.class)
			.optional();
	}

	/** Staff numbers of the team. */
	List<String> membersOf(String team) {
		return this.jdbc.sql("select staff_no from manager where team = ? order by staff_no")
			.param(team)
			.query(String.class)
			.list();
	}

	Optional<TaskRef> task(UUID id) {
		return this.jdbc.sql("select id, campaign_id, customer_id, assignee, status from task where id = ?")
			.param(id)
			.query(TaskRef.class)
			.optional();
	}

	/** Assignees of the customer's open or queued tasks. */
	List<String> assigneesOfCustomer(String customerId) {
		return this.jdbc.sql("select distinct assignee from task where customer_id = ?")
			.param(customerId)
			.query(String.class)
			.list();
	}

	/** Records the outcome on the task; a closing one takes it off the call list. */
	void recordOutcome(UUID id, String outcome, String note, Instant callBackAt, boolean closes) {
		this.jdbc
			.sql("""
					update task set outcome = ?, note = ?, call_back_at = ?, status = case when ? then 'DONE' else status end,
					  updated_at = now() where id = ?""")
			.params(outcome, note, callBackAt == null ? null : java.sql.Timestamp.from(callBackAt), closes, id)
			.update();
	}

	TaskStats stats() {
		return this.jdbc.sql("""
				select count(*) filter (where status = 'OPEN') as open,
				       count(*) filter (where status = 'QUEUED') as queued,
				       count(*) filter (where status = 'DONE') as done,
				       count(*) filter (where kind = 'FOLLOW_UP') as follow_ups,
				       count(*) filter (where kind = 'VISIT') as visits,
				       count(*) filter (where outcome is not null) as outcomes
				from task""").query(TaskStats.class).single();
	}

}
