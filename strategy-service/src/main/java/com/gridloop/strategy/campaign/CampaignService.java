package com.gridloop.strategy.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.tags.TagCondition;
import com.gridloop.common.web.Problems;
import com.gridloop.strategy.tariff.Tariff;
import com.gridloop.strategy.tariff.TariffCatalogue;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates campaigns and launches them: the audience rule runs over every customer's
 * latest tags, the offer prices each customer's own benefit, the hash holdout splits
 * treatment from control, and the target list and its events are written in one
 * transaction.
 */
@Service
public class CampaignService {

	private static final TypeReference<Map<String, Object>> TAGS = new TypeReference<>() {
	};

	private final CampaignRepository campaigns;

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final TariffCatalogue tariffs;

	private final JsonMapper json;

	CampaignService(CampaignRepository campaigns, JdbcTemplate jdbc, Outbox outbox, TariffCatalogue tariffs,
			JsonMapper json) {
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.tariffs = tariffs;
		this.json = json;
	}

	@Transactional
	public CampaignView create(CampaignRequest request, String user) {
		if (!Offers.AVAILABLE.contains(request.offerCode())) {
			throw Problems.unprocessable("unknown-offer",
					"Offer " + request.offerCode() + " is not available; available offers: " + Offers.AVAILABLE);
		}
		Campaign c = Campaign.draft(request.name(), request.scenario(), request.offerCode(),
				request.channel() == null ? Channel.APP_PUSH : request.channel(), request.audience(),
				request.controlShare() == null ? 0.10 : request.controlShare(),
				request.peakShift() == null ? 0.10 : request.peakShift(), user);
		return this.campaigns.save(c).view(null);
	}

	@Transactional
	public CampaignView launch(UUID id) {
		Campaign c = this.campaigns.findById(id).orElseThrow(() -> Problems.notFound("Campaign", id));
		c.ensureDraft();
		Map<String, Tariff> tariffs = this.tariffs.all()
			.stream()
			.collect(Collectors.toMap(Tariff::code, Function.identity()));
		List<TargetAssigned> targets = new ArrayList<>();
		int[] excluded = { 0 };
		String campaignId = c.id().toString();
		this.jdbc.query("select customer_id, tags, segment from customer_tags", (RowCallbackHandler) rs -> {
			Map<String, Object> tags = tags(rs);
			if (!c.audience().stream().allMatch(cond -> cond.matches(tags))) {
				return;
			}
			// Closed accounts and customers merged into another are not marketed to; they
			// count as excluded.
			Object status = tags.get("account_status");
			if (status != null && !"ACTIVE".equals(status)) {
				excluded[0]++;
				return;
			}
			var benefit = Offers.benefit(c.offerCode(), tags, tariffs, c.peakShift());
			if (benefit.isEmpty()) {
				excluded[0]++;
				return;
			}
			String customerId = rs.getString(1);
			targets.add(new TargetAssigned(campaignId, customerId,
					Holdout.arm(customerId, campaignId, c.controlShare()), c.offerCode(), c.channel(),
					reason(c.audience(), tags), benefit.get().yuan(), benefit.get().text(), 0, rs.getString(3)));
		});
		targets.sort(Comparator.comparingDouble(TargetAssigned::benefitYuan).reversed());
		List<TargetAssigned> ranked = new ArrayList<>(targets.size());
		for (int i = 0; i < targets.size(); i++) {
			TargetAssigned t = targets.get(i);
			ranked.add(new TargetAssigned(t.campaignId(), t.customerId(), t.arm(), t.offerCode(), t.channel(),
					t.reason(), t.benefitYuan(), t.benefitText(), i + 1, t.segment()));
		}
		this.jdbc.batchUpdate(
				"""
						insert into target (campaign_id, customer_id, arm, offer_code, channel, reason, benefit_yuan, priority, segment)
						values (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?)""",
				ranked, 1000, (ps, t) -> {
					ps.setString(1, t.campaignId());
					ps.setString(2, t.customerId());
					ps.setString(3, t.arm().name());
					ps.setString(4, t.offerCode());
					ps.setString(5, t.channel().name());
					ps.setString(6, t.reason());
					ps.setDouble(7, t.benefitYuan());
					ps.setInt(8, t.priority());
					ps.setString(9, t.segment());
				});
		int control = (int) ranked.stream().filter(t -> t.arm() == Arm.CONTROL).count();
		c.launched(ranked.size() - control, control, excluded[0]);
		this.outbox.appendAll(Events.TARGET_ASSIGNED, ranked, TargetAssigned::customerId);
		this.outbox.append(Events.CAMPAIGN_LAUNCHED, campaignId,
				new CampaignLaunched(campaignId, c.name(), c.scenario(), c.offerCode(), c.channel(), c.controlShare(),
						ranked.size() - control, control, excluded[0], java.time.Instant.now()));
		return view(c);
	}

	@Transactional(readOnly = true)
	public CampaignView get(UUID id) {
		return view(this.campaigns.findById(id).orElseThrow(() -> Problems.notFound("Campaign", id)));
	}

	@Transactional(readOnly = true)
	public List<CampaignView> list() {
		return this.campaigns.findAllByOrderByCreatedAtDesc().stream().map(this::view).toList();
	}

	private CampaignView view(Campaign c) {
		List<String> result = this.jdbc.queryForList("select result::text from campaign_result where campaign_id = ?",
				String.class, c.id());
		return c.view(result.isEmpty() ? null : this.json.readTree(result.get(0)));
	}

	private Map<String, Object> tags(ResultSet rs) throws SQLException {
		return this.json.readValue(rs.getString(2), TAGS);
	}

	private static String reason(List<TagCondition> audience, Map<String, Object> tags) {
		return audience.isEmpty() ? "everyone with a profile"
				: audience.stream().map(cond -> cond.explain(tags)).collect(Collectors.joining(" and "));
	}

}
