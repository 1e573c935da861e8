package com.gridloop.reach.consent;

import com.gridloop.common.audit.AuditLog;
import java.util.List;

import com.gridloop.common.web.Problems;
import com.gridloop.reach.outcome.CustomerOwnership;
import com.gridloop.reach.channel.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's consent per channel; an opt-out stops every later dispatch through that
 * channel. The channel must be one of {@link Channel}'s names (422 otherwise).
 */
@RestController
record ConsentController(Consents consents, ConsentQueries queries, CustomerOwnership ownership, AuditLog audit) {

	record ConsentRequest(@NotBlank String customerId, @NotBlank String channel, @NotNull Boolean granted) {
	}

	@PutMapping("/api/v1/consents")
	ResponseEntity<Void> put(@Valid @RequestBody ConsentRequest request, Authentication user) {
		this.ownership.require(user, List.of(request.customerId()));
		Channel channel = Channel.parse(request.channel())
			.orElseThrow(() -> Problems.unprocessable("unknown-channel", "No channel " + request.channel()
					+ "; one of APP_PUSH, WECHAT, SMS, OUTBOUND_CALL, MANAGER_VISIT"));
		try {
			this.consents.put(request.customerId(), channel, request.granted(), Consents.Source.API, user.getName());
		}
		catch (OptimisticLockingFailureException concurrent) {
			throw Problems.conflict("concurrent-change", "The consent of " + request.customerId() + " for "
					+ request.channel() + " changed meanwhile; put it again");
		}
		this.audit.record(AuditLog.Action.CONSENT_CHANGE, List.of(request.customerId()),
				channel + (request.granted() ? " granted" : " withdrawn"));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/consents/{customerId}")
	ConsentQueries.CustomerConsent get(@PathVariable String customerId, Authentication user) {
		this.ownership.require(user, List.of(customerId));
		return this.queries.of(customerId);
	}

}
