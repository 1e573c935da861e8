package com.gridloop.reach.calllist;

import java.util.List;
import java.util.UUID;

import com.gridloop.common.web.Problems;
import com.gridloop.reach.outcome.OutcomeRecorder;
import com.gridloop.reach.outcome.OutcomeRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Call lists and who may see and act on which task. A manager (user name = staff no.)
 * sees and acts on their own tasks only; a team lead sees the tasks of the team they lead
 * (their own managers-file row names the team) and acts on their own. Anything else is
 * 403.
 */
@Service
class CallLists {

	private final CallListQueries queries;

	private final OutcomeRecorder outcomes;

	CallLists(CallListQueries queries, OutcomeRecorder outcomes) {
		this.queries = queries;
		this.outcomes = outcomes;
	}

	/** The user's call list: their own tasks, or a lead's team's. */
	List<CallListRow> listOf(String user, boolean lead) {
		return this.queries.openTasks(visibleAssignees(user, lead));
	}

	/** The customer's open tasks, if the user may see the customer. */
	List<CallListRow> customer(String user, boolean lead, String customerId) {
		List<String> assignees = this.queries.assigneesOfCustomer(customerId);
		if (assignees.isEmpty()) {
			throw Problems.notFound("customer task", customerId);
		}
		List<String> visible = visibleAssignees(user, lead);
		if (assignees.stream().noneMatch(visible::contains)) {
			throw forbidden("Customer " + customerId + " is not on your call list");
		}
		return this.queries.openTasks(visible).stream().filter(r -> r.customerId().equals(customerId)).toList();
	}

	/**
	 * Records what came of the task, on the task and as an OutcomeRecorded event like
	 * every outcome.
	 */
	@Transactional
	OutcomeRecorder.Recorded record(String user, UUID taskId, TaskOutcomeRequest request) {
		CallListQueries.TaskRef task = this.queries.task(taskId).orElseThrow(() -> Problems.notFound("task", taskId));
		if (!task.assignee().equals(user)) {
			throw forbidden("Task " + taskId + " belongs to another manager");
		}
		if (request.outcome() == TaskOutcomeRequest.Result.CALL_BACK && request.callBackAt() == null) {
			throw Problems.unprocessable("call-back-time", "CALL_BACK needs callBackAt");
		}
		if (!"OPEN".equals(task.status())) {
			throw Problems.conflict("task-not-open", "Task " + taskId + " is " + task.status());
		}
		this.queries.recordOutcome(taskId, request.outcome().name(), request.note(), request.callBackAt(),
				request.outcome().closes());
		return this.outcomes.record(
				List.of(new OutcomeRequest(task.campaignId(), task.customerId(),
						OutcomeRequest.Outcome.valueOf(request.outcome().name()), OutcomeRequest.Source.MANAGER, null)),
				user);
	}

	private List<String> visibleAssignees(String user, boolean lead) {
		if (!lead) {
			return List.of(user);
		}
		return this.queries.teamOf(user).map(this.queries::membersOf).orElse(List.of(user));
	}

	private static RuntimeException forbidden(String detail) {
		return Problems.problem(HttpStatus.FORBIDDEN, "not-your-customer", detail);
	}

}
