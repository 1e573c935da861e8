package com.gridloop.console.calls;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gridloop.console.web.ServiceException;
import com.gridloop.console.web.Services;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * An account manager's own call list (a team lead's: the team's) from reach: tasks by
 * priority with the reason and benefit to quote, an outcome in two taps (open the task's
 * choices, pick one), the list as CSV. Which tasks and customers a user may see is
 * reach's decision: another manager's customer answers 403.
 */
@Controller
record CallListController(Services services) {

	/** The outcomes a tap records; CALL_BACK needs a time and is left to the API. */
	static final List<String> OUTCOMES = List.of("REACHED", "INTERESTED", "CONVERTED", "REFUSED", "WRONG_NUMBER");

	private static final Set<String> ALLOWED = Set.copyOf(OUTCOMES);

	@GetMapping("/calls")
	String list(Model model) {
		// reach orders the list by priority, then due date.
		model.addAttribute("tasks", this.services.list("reach", "/api/v1/call-lists/me"));
		model.addAttribute("outcomes", OUTCOMES);
		return "calls";
	}

	@GetMapping("/calls/customers/{customerId}")
	String customer(@PathVariable String customerId, Model model) {
		model.addAttribute("customerId", customerId);
		model.addAttribute("tasks", this.services.list("reach",
				"/api/v1/call-lists/customers/" + UriUtils.encodePathSegment(customerId, StandardCharsets.UTF_8)));
		model.addAttribute("outcomes", OUTCOMES);
		return "calls";
	}

	@GetMapping("/calls/list.csv")
	ResponseEntity<byte[]> csv() {
		return this.services.download("reach", "/api/v1/call-lists/me.csv");
	}

	@PostMapping("/calls/tasks/{taskId}/outcome")
	String record(@PathVariable UUID taskId, @RequestParam String outcome,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (!ALLOWED.contains(outcome)) {
			throw new ServiceException(HttpStatus.BAD_REQUEST, "Unknown outcome " + outcome);
		}
		this.services.post("reach", "/api/v1/tasks/" + taskId + "/outcomes", Map.of("outcome", outcome));
		model.addAttribute("outcome", outcome);
		return htmx != null ? "call-task :: recorded" : "redirect:/calls";
	}

}
