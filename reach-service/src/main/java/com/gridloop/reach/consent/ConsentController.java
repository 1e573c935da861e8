package com.gridloop.reach.consent;

import com.gridloop.common.security.Roles;
import com.gridloop.common.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's consent per channel; an opt-out stops every later dispatch through that
 * channel.
 */
@RestController
class ConsentController {

	record ConsentRequest(@NotBlank String customerId, @NotBlank String channel, @NotNull Boolean granted) {
	}

	private final Consents consents;

	ConsentController(Consents consents) {
		this.consents = consents;
	}

	@PutMapping("/api/v1/consents")
	@PreAuthorize(Roles.CAN_RECORD_OUTCOMES)
	ResponseEntity<Void> put(@Valid @RequestBody ConsentRequest request) {
		try {
			this.consents.put(request.customerId(), request.channel(), request.granted());
		}
		catch (OptimisticLockingFailureException concurrent) {
			throw Problems.conflict("concurrent-change", "The consent of " + request.customerId() + " for "
					+ request.channel() + " changed meanwhile; put it again");
		}
		return ResponseEntity.noContent().build();
	}

}
