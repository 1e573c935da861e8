package com.gridloop.common.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's audit trail, for administrators only (the security baseline's rule): a
 * page at a time, passing the last id as {@code after}.
 */
@RestController
public record AuditController(AuditLog audit) {

	@GetMapping("/api/v1/audit")
	List<AuditLog.Entry> read(@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(required = false) AuditLog.Action action, @RequestParam(required = false) String customerId,
			@RequestParam(defaultValue = "100") @Min(1) @Max(10000) int size) {
		return this.audit.read(after, action == null ? null : action.name(), customerId, size);
	}

}
