package com.gridloop.strategy.campaign;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns: create a draft, launch it into a target list, read its targets and latest result. */
@RestController
@Validated
class CampaignController {

	record TargetView(String customerId, String arm, String offerCode, String channel, String reason,
			double benefitYuan, int priority, String segment) {
	}

	private final CampaignService service;

	private final JdbcTemplate jdbc;

	CampaignController(CampaignService service, JdbcTemplate jdbc) {
		this.service = service;
		this.jdbc = jdbc;
	}

	@PostMapping("/api/v1/campaigns")
	@PreAuthorize(Roles.CAN_RUN_CAMPAIGNS)
	ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignRequest request, Principal user) {
		CampaignView view = this.service.create(request, user.getName());
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + view.id())).body(view);
	}

	@PostMapping("/api/v1/campaigns/{id}/launch")
	@PreAuthorize(Roles.CAN_RUN_CAMPAIGNS)
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

	@GetMapping("/api/v1/campaigns/{id}/targets")
	List<TargetView> targets(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(10000) int size, @RequestParam(required = false) Arm arm) {
		this.service.get(id);
		return this.jdbc.query("""
				select customer_id, arm, offer_code, channel, reason, benefit_yuan, priority, segment from target
				where campaign_id = ? and (?::text is null or arm = ?::text) order by priority limit ? offset ?""",
				(rs, i) -> new TargetView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getDouble(6), rs.getInt(7), rs.getString(8)),
				id, arm == null ? null : arm.name(), arm == null ? null : arm.name(), size, (long) page * size);
	}

	@GetMapping("/api/v1/strategy/stats")
	Map<String, Object> stats() {
		return this.jdbc.queryForMap("""
				select (select count(*) from customer_tags) as customers_with_tags,
				       (select count(*) from campaign) as campaigns,
				       (select count(*) from target) as targets,
				       (select count(*) from campaign_result) as results""");
	}

}
