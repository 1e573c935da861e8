package com.gridloop.reach.calllist;

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
class CallListController {

	private final CallLists lists;

	private final CallListQueries queries;

	CallListController(CallLists lists, CallListQueries queries) {
		this.lists = lists;
		this.queries = queries;
	}

	@GetMapping("/api/v1/call-lists/me")
	List<CallListRow> mine(Authentication user) {
		return this.lists.listOf(user.getName(), isLead(user));
	}

	@GetMapping("/api/v1/call-lists/me.csv")
	ResponseEntity<byte[]> mineAsCsv(Authentication user) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"call-list.csv\"")
			.body(CallListCsv.write(this.lists.listOf(user.getName(), isLead(user))));
	}

	@GetMapping("/api/v1/call-lists/customers/{customerId}")
	List<CallListRow> customer(@PathVariable String customerId, Authentication user) {
		return this.lists.customer(user.getName(), isLead(user), customerId);
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
