package com.gridloop.reach.outcome;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.security.Roles;
import com.gridloop.common.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records outcomes of targeted customers, one or many at a time. An outcome for someone who is not a target of the
 * campaign is refused; the same outcome twice is recorded once.
 */
@RestController
@Validated
class OutcomeController {

	record Recorded(int recorded, int alreadyKnown, List<String> notTargets) {
	}

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	OutcomeController(JdbcTemplate jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	@PostMapping("/api/v1/outcomes")
	@PreAuthorize(Roles.CAN_RECORD_OUTCOMES)
	@Transactional
	Recorded record(@Valid @RequestBody OutcomeRequest request, Principal user) {
		Recorded r = recordAll(List.of(request), user);
		if (!r.notTargets().isEmpty()) {
			throw Problems.unprocessable("not-a-target", "Customer " + request.customerId()
					+ " is not a target of campaign " + request.campaignId());
		}
		return r;
	}

	@PostMapping("/api/v1/outcomes/batch")
	@PreAuthorize(Roles.CAN_RECORD_OUTCOMES)
	@Transactional
	Recorded recordBatch(@RequestBody @NotEmpty @Size(max = 50_000) List<@Valid OutcomeRequest> requests,
			Principal user) {
		return recordAll(requests, user);
	}

	private Recorded recordAll(List<OutcomeRequest> requests, Principal user) {
		Set<String> targets = new HashSet<>();
		UUID[] campaigns = requests.stream().map(OutcomeRequest::campaignId).distinct().toArray(UUID[]::new);
		this.jdbc.query(con -> {
			var ps = con.prepareStatement("select campaign_id, customer_id from target where campaign_id = any(?)");
			ps.setArray(1, con.createArrayOf("uuid", campaigns));
			return ps;
		}, rs -> {
			targets.add(rs.getString(1) + '|' + rs.getString(2));
		});
		List<String> notTargets = new ArrayList<>();
		List<OutcomeRecorded> fresh = new ArrayList<>();
		Instant now = Instant.now();
		for (OutcomeRequest r : requests) {
			if (!targets.contains(r.campaignId() + "|" + r.customerId())) {
				notTargets.add(r.customerId());
				continue;
			}
			UUID id = UUID.randomUUID();
			int inserted = this.jdbc.update("""
					insert into outcome (id, campaign_id, customer_id, outcome, source, recorded_by, occurred_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (campaign_id, customer_id, outcome) do nothing""", id,
					r.campaignId(), r.customerId(), r.outcome().name(), r.source().name(), user.getName(),
					java.sql.Timestamp.from(r.occurredAt() == null ? now : r.occurredAt()));
			if (inserted == 1) {
				fresh.add(new OutcomeRecorded(id.toString(), r.campaignId().toString(), r.customerId(),
						r.outcome().name(), r.source().name(), r.occurredAt() == null ? now : r.occurredAt()));
			}
		}
		this.outbox.appendAll(Events.OUTCOME_RECORDED, fresh, OutcomeRecorded::customerId);
		return new Recorded(fresh.size(), requests.size() - fresh.size() - notTargets.size(), notTargets);
	}

	@GetMapping("/api/v1/reach/stats")
	Map<String, Object> stats() {
		return this.jdbc.queryForMap("""
				select (select count(*) from target) as targets,
				       (select count(*) from target where arm = 'TREATMENT') as treatment,
				       (select count(*) from target where arm = 'CONTROL') as control,
				       (select count(*) from dispatch where status = 'SENT') as dispatched,
				       (select count(*) from dispatch where status = 'QUEUED') as queued,
				       (select count(*) from dispatch where status = 'SUPPRESSED') as suppressed,
				       (select count(*) from sandbox_message) as sandbox_messages,
				       (select count(*) from sandbox_message m join dispatch d on d.id = m.dispatch_id
				          join target t on t.campaign_id = d.campaign_id and t.customer_id = d.customer_id
				          where t.arm = 'CONTROL') as control_contacted,
				       (select count(*) from outcome) as outcomes""");
	}

}
