package com.gridloop.ingestion.identity;

import com.gridloop.common.audit.AuditLog;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import com.gridloop.common.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Probabilistic identity resolution of records without a shared key, and the review queue
 * of doubtful links.
 */
@RestController
record IdentityController(IdentityService service, CustomerMerges merges, IdentityQueries queries,
		ArchiveDuplicates duplicates, AuditLog audit) {

	record CandidateRequest(@NotBlank String recordId, @NotBlank String source, String name, String phone,
			String address, String regionCode, String accountNo) {
	}

	record Decision(@NotNull Boolean accept) {
	}

	record MergeRequest(@NotBlank String survivorId, @NotBlank String mergedId,
			@NotBlank @Size(max = 500) String reason) {
	}

	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	record UnlinkRequest(@NotBlank String aliasType, @NotBlank String aliasValue,
			@NotBlank @Size(max = 500) String reason) {
	}

	@PostMapping("/api/v1/identity/resolve")
	List<IdentityService.Resolved> resolve(
			@RequestBody @NotEmpty @Size(max = 10_000) List<@NotNull @Valid CandidateRequest> records) {
		if (records.stream().anyMatch(r -> ArchiveDuplicates.SOURCE.equalsIgnoreCase(r.source()))) {
			throw Problems.unprocessable("reserved-source",
					"Source " + ArchiveDuplicates.SOURCE + " is reserved for the archive's own duplicate scan");
		}
		return this.service.resolve(records.stream()
			.map(r -> new IdentityService.Candidate(r.recordId(), r.source(), r.name(), r.phone(), r.address(),
					r.regionCode(), r.accountNo()))
			.toList());
	}

	/**
	 * Looks for customers entered twice in the archive and queues each pair found as a
	 * merge proposal (source ARCHIVE) in the review queue; accepting one merges the later
	 * customer into the earlier.
	 */
	@PostMapping("/api/v1/identity/duplicates/scan")
	ArchiveDuplicates.Scan scanDuplicates() {
		return this.duplicates.scan();
	}

	@GetMapping("/api/v1/identity/reviews")
	List<IdentityQueries.ReviewView> reviews(@RequestParam(defaultValue = "OPEN") String status,
			@RequestParam(required = false) String source, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
		List<IdentityQueries.ReviewView> reviews = this.queries.reviews(status, source, page, size);
		this.audit.record(AuditLog.Action.PERSONAL_DATA_READ,
				reviews.stream()
					.map(r -> r.candidateCustomerId() == null ? r.recordId() : r.candidateCustomerId())
					.toList(),
				"GET /api/v1/identity/reviews");
		return reviews;
	}

	@PostMapping("/api/v1/identity/reviews/{id}/decision")
	IdentityService.ReviewDecision decide(@PathVariable long id, @Valid @RequestBody Decision decision,
			Principal user) {
		IdentityService.ReviewDecision decided = this.service.decide(id, decision.accept(), user.getName());
		if (decided.mergeId() != null) {
			IdentityQueries.MergeView merge = this.queries.merge(decided.mergeId());
			this.audit.record(AuditLog.Action.MERGE, List.of(merge.survivorId(), merge.mergedId()),
					"review " + id + " accepted: merge " + decided.mergeId());
		}
		return decided;
	}

	/**
	 * Two golden customers are one person: the merged one is retired into the survivor,
	 * which takes its ids.
	 */
	@PostMapping("/api/v1/identity/merges")
	ResponseEntity<IdentityQueries.MergeView> merge(@Valid @RequestBody MergeRequest request, Principal user) {
		long id = this.merges.merge(request.survivorId(), request.mergedId(), request.reason(), user.getName());
		this.audit.record(AuditLog.Action.MERGE, List.of(request.survivorId(), request.mergedId()),
				"merge " + id + ": " + request.reason());
		return ResponseEntity.created(URI.create("/api/v1/identity/merges/" + id)).body(this.queries.merge(id));
	}

	@GetMapping("/api/v1/identity/merges/{id}")
	IdentityQueries.MergeView merge(@PathVariable long id) {
		return this.queries.merge(id);
	}

	@GetMapping(path = "/api/v1/identity/merges", params = "customerId")
	List<IdentityQueries.MergeView> merges(@RequestParam String customerId) {
		return this.queries.merges(customerId);
	}

	/**
	 * Splits a merge that was wrong: the merged customer gets its identifiers and status
	 * back.
	 */
	@PostMapping("/api/v1/identity/merges/{id}/undo")
	IdentityQueries.MergeView undo(@PathVariable long id, @Valid @RequestBody Reason reason, Principal user) {
		this.merges.undo(id, reason.reason(), user.getName());
		IdentityQueries.MergeView undone = this.queries.merge(id);
		this.audit.record(AuditLog.Action.MERGE, List.of(undone.survivorId(), undone.mergedId()),
				"undo merge " + id + ": " + reason.reason());
		return undone;
	}

	/** Removes one wrong link, such as a ticket's caller linked to the wrong customer. */
	@PostMapping("/api/v1/identity/unlink")
	CustomerMerges.Unlinked unlink(@Valid @RequestBody UnlinkRequest request, Principal user) {
		CustomerMerges.Unlinked unlinked = this.merges.unlink(request.aliasType(), request.aliasValue(),
				request.reason(), user.getName());
		this.audit.record(AuditLog.Action.MERGE, List.of(unlinked.customerId()),
				"unlink " + unlinked.alias() + ": " + request.reason());
		return unlinked;
	}

}
