package com.gridloop.common.deadletter;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Replays dead letters after the cause was fixed: administrators only. */
@RestController
public record DeadLetterController(DeadLetterReplay replay) {

	@Operation(summary = "Send this service's dead letters of a topic back to the topic",
			description = "Idempotent: consumers skip events they handled before; each call takes the dead letters "
					+ "written since the last one.")
	@PostMapping("/api/v1/admin/dead-letters/{topic}/replay")
	DeadLetterReplay.Replay replay(@PathVariable String topic) {
		return this.replay.replay(topic);
	}

}
