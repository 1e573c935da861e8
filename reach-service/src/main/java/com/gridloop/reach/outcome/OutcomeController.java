package com.gridloop.reach.outcome;

import java.util.List;

import com.gridloop.common.security.Roles;
import com.gridloop.common.web.Problems;
import com.gridloop.reach.outcome.OutcomeRecorder.Recorded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records outcomes of targeted customers, one or many at a time, and serves reach's
 * counts. An outcome for someone who is not a target of the campaign is refused; the same
 * outcome twice is recorded once.
 */
@RestController
record OutcomeController(OutcomeRecorder recorder, OutcomeQueries queries, CustomerOwnership ownership) {

	@PostMapping("/api/v1/outcomes")
	Recorded record(@Valid @RequestBody OutcomeRequest request, Authentication user) {
		requireAllowed(user, List.of(request));
		Recorded r = this.recorder.record(List.of(request), user.getName());
		// A lone outcome for a non-target wrote nothing, so refusing it after the commit
		// is safe.
		if (!r.notTargets().isEmpty()) {
			throw Problems.unprocessable("not-a-target",
					"Customer " + request.customerId() + " is not a target of campaign " + request.campaignId());
		}
		return r;
	}

	@PostMapping("/api/v1/outcomes/batch")
	Recorded recordBatch(@RequestBody @NotEmpty @Size(max = 50_000) List<@NotNull @Valid OutcomeRequest> requests,
			Authentication user) {
		requireAllowed(user, requests);
		return this.recorder.record(requests, user.getName());
	}

	/**
	 * Only a business system (role SYSTEM) reports what the business system saw, which
	 * counts for control targets too; an account manager (with no marketing or admin
	 * role) records outcomes only for the customers on their own call list; anything else
	 * is 403.
	 */
	private void requireAllowed(Authentication user, List<OutcomeRequest> requests) {
		if (!Roles.has(user, Roles.SYSTEM)
				&& requests.stream().anyMatch(r -> r.source() == OutcomeRequest.Source.BUSINESS_SYSTEM)) {
			throw Problems.problem(HttpStatus.FORBIDDEN, "business-system-source",
					"Only a business system (role SYSTEM) records outcomes with source BUSINESS_SYSTEM");
		}
		this.ownership.require(user, requests.stream().map(OutcomeRequest::customerId).distinct().toList());
	}

	@GetMapping("/api/v1/reach/stats")
	OutcomeQueries.ReachStats stats() {
		return this.queries.stats();
	}

}
