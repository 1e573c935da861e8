package com.gridloop.reach.calllist;

import com.gridloop.common.audit.AuditLog;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.security.Roles;
import com.gridloop.reach.outcome.OutcomeRecorder;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account managers' call lists (JSON and CSV), a customer's tasks, outcomes on one's own
 * tasks, and task counts.
 */
@RestController
record CallListController(CallLists lists, CallListQueries queries, AuditLog audit) {

	@GetMapping("/api/v1/call-lists/me")
	List<CallListRow> mine(Authentication user) {
		return audited(AuditLog.Action.PERSONAL_DATA_READ, this.lists.listOf(user.getName(), isLead(user)),
				"GET /api/v1/call-lists/me");
	}

	@GetMapping("/api/v1/call-lists/me.csv")
	ResponseEntity<byte[]> mineAsCsv(Authentication user) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"call-list.csv\"")
			.body(CallListCsv.write(audited(AuditLog.Action.EXPORT, this.lists.listOf(user.getName(), isLead(user)),
					"GET /api/v1/call-lists/me.csv")));
	}

	@GetMapping("/api/v1/call-lists/customers/{customerId}")
	List<CallListRow> customer(@PathVariable String customerId, Authentication user) {
		return audited(AuditLog.Action.PERSONAL_DATA_READ,
				this.lists.customer(user.getName(), isLead(user), customerId),
				"GET /api/v1/call-lists/customers/{customerId}");
	}

	/** Call lists carry names and phones in full: every read is audited. */
	private List<CallListRow> audited(AuditLog.Action action, List<CallListRow> rows, String detail) {
		this.audit.record(action, rows.stream().map(CallListRow::customerId).distinct().toList(), detail);
		return rows;
	}

	@PostMapping("/api/v1/tasks/{taskId}/outcomes")
	OutcomeRecorder.Recorded record(@PathVariable UUID taskId, @Valid @RequestBody TaskOutcomeRequest request,
			Authentication user) {
		return this.lists.record(user.getName(), taskId, request);
	}

	@GetMapping("/api/v1/tasks/stats")
	CallListQueries.TaskStats stats() {
		return this.queries.stats();
	}

	private static boolean isLead(Authentication user) {
		return Roles.has(user, Roles.TEAM_LEAD);
	}

}
