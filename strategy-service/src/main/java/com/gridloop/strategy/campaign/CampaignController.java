package com.gridloop.strategy.campaign;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaigns: create a draft, launch it into a target list, read its targets and latest
 * result.
 */
@RestController
record CampaignController(CampaignService service, CampaignQueries queries) {

	@PostMapping("/api/v1/campaigns")
	ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignRequest request, Principal user) {
		CampaignView view = this.service.create(request, user.getName());
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + view.id())).body(view);
	}

	@PostMapping("/api/v1/campaigns/{id}/launch")
	CampaignView launch(@PathVariable UUID id) {
		return this.service.launch(id);
	}

	@GetMapping("/api/v1/campaigns/{id}")
	CampaignView get(@PathVariable UUID id) {
		return this.service.get(id);
	}

	@GetMapping("/api/v1/campaigns")
	List<CampaignView> list() {
		return this.service.list();
	}

	/**
	 * Targets in priority order; the next page starts after the last target read
	 * ({@code after=priority:customerId}).
	 */
	@GetMapping("/api/v1/campaigns/{id}/targets")
	List<CampaignQueries.TargetView> targets(@PathVariable UUID id, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(10000) int size, @RequestParam(required = false) Arm arm) {
		this.service.get(id);
		return this.queries.targets(id, arm, after == null ? null : TargetCursor.parse(after), size);
	}

	@GetMapping("/api/v1/strategy/stats")
	CampaignQueries.StrategyStats stats() {
		return this.queries.stats();
	}

}
