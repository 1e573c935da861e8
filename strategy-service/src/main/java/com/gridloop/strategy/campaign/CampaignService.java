package com.gridloop.strategy.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.web.Problems;
import com.gridloop.strategy.audience.Audiences;
import com.gridloop.strategy.learning.Learning;
import com.gridloop.strategy.offer.Channel;
import com.gridloop.strategy.offer.Offer;
import com.gridloop.strategy.offer.OfferCatalogue;
import com.gridloop.strategy.offer.OfferPricing;
import com.gridloop.strategy.similar.SimilarCustomers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates campaigns and launches them: the audience rule runs over every customer's
 * latest tags, each customer gets the offer of best expected value, the global holdout
 * and the hash control split are applied, managers' visits are planned within their
 * capacity, and the target list and its events are written in one transaction.
 */
@Service
@EnableConfigurationProperties(StrategyProperties.class)
public class CampaignService {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final CampaignRepository campaigns;

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final LaunchPricing pricing;

	private final OfferCatalogue offers;

	private final Learning learning;

	private final SimilarCustomers similar;

	private final Audiences audiences;

	private final StrategyProperties properties;

	private final JsonMapper json;

	private final CampaignPower power;

	CampaignService(CampaignRepository campaigns, JdbcTemplate jdbc, Outbox outbox, LaunchPricing pricing,
			OfferCatalogue offers, Learning learning, SimilarCustomers similar, Audiences audiences,
			StrategyProperties properties, JsonMapper json, CampaignPower power) {
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.pricing = pricing;
		this.offers = offers;
		this.learning = learning;
		this.similar = similar;
		this.audiences = audiences;
		this.properties = properties;
		this.json = json;
		this.power = power;
	}

	@Transactional
	public CampaignView create(CampaignRequest request, String user) {
		List<String> codes = offerCodes(request);
		Campaign c = Campaign.draft(request.name(), request.scenario(), codes,
				request.channel() == null ? Channel.APP_PUSH : request.channel(),
				request.audience() == null ? List.of() : request.audience(), request.audienceRule(),
				request.controlShare() == null ? 0.10 : request.controlShare(),
				request.peakShift() == null ? 0.10 : request.peakShift(), request.startsOn(), request.fallbackHours(),
				user);
		// The audience is checked against the tag registry now, not at launch.
		this.audiences.parse(TargetPlanner.audienceRule(c));
		return this.campaigns.save(c).view(null, this.power.of(c));
	}

	@Transactional
	public CampaignView launch(UUID id) {
		Campaign c = this.campaigns.findById(id).orElseThrow(() -> Problems.notFound("Campaign", id));
		c.ensureDraft();
		LocalDate today = LocalDate.now(CHINA);
		List<Offer> chosen = c.offerCodes()
			.stream()
			.map(code -> this.offers.find(code)
				.orElseThrow(() -> Problems.unprocessable("unknown-offer", "Offer " + code + " left the catalogue")))
			.toList();
		OfferPricing pricing = this.pricing.forLaunch(c.offerCodes(), c.peakShift());
		TargetPlanner.Plan plan = new TargetPlanner(this.audiences, this.properties).plan(c, chosen, pricing,
				this.learning.odds(c.id().toString()), this.similar::forOffer, today);
		ManagerSchedule.Scheduled scheduled = ManagerSchedule.plan(plan.targets(), today,
				this.properties.managerWeeklyCapacity());
		List<TargetAssigned> targets = scheduled.targets();
		new TargetWriter(this.jdbc, this.json).write(c.id(), targets, plan.heldOut());
		int control = (int) targets.stream().filter(t -> t.arm() == Arm.CONTROL).count();
		c.launched(targets.size() - control, control, plan.excluded(), plan.heldOut().size(), scheduled.queued());
		this.outbox.appendAll(Events.TARGET_ASSIGNED, targets, TargetAssigned::customerId);
		this.outbox.append(Events.CAMPAIGN_LAUNCHED, c.id().toString(),
				new CampaignLaunched(c.id().toString(), c.name(), c.scenario(), c.offerCode(), c.channel(),
						c.controlShare(), targets.size() - control, control, plan.excluded(), Instant.now(),
						c.offerCodes(), plan.heldOut().size(), this.properties.holdoutShare(), scheduled.queued(),
						c.startsOn()));
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

	/**
	 * The request's offers: the list, or the single offer, or every valid offer of the
	 * scenario; each must be in the catalogue, valid today and of the campaign's
	 * scenario.
	 */
	private List<String> offerCodes(CampaignRequest request) {
		LocalDate today = LocalDate.now(CHINA);
		List<String> codes = new ArrayList<>();
		if (request.offerCodes() != null) {
			codes.addAll(request.offerCodes());
		}
		if (request.offerCode() != null && !codes.contains(request.offerCode())) {
			codes.add(0, request.offerCode());
		}
		Map<String, Offer> catalogue = new java.util.HashMap<>();
		this.offers.all().forEach(o -> catalogue.put(o.code(), o));
		if (codes.isEmpty()) {
			codes.addAll(this.offers.forScenario(request.scenario(), today).stream().map(Offer::code).toList());
		}
		for (String code : codes) {
			Offer offer = catalogue.get(code);
			if (offer == null || !offer.validOn(today)) {
				throw Problems.unprocessable("unknown-offer",
						"Offer " + code + " is not available; available offers: " + catalogue.keySet());
			}
			if (offer.scenario() != request.scenario()) {
				throw Problems.unprocessable("offer-scenario", "Offer " + code + " serves " + offer.scenario()
						+ ", not the campaign's scenario " + request.scenario());
			}
		}
		if (codes.isEmpty()) {
			throw Problems.unprocessable("unknown-offer", "No offer of " + request.scenario() + " is valid today");
		}
		return codes;
	}

	private CampaignView view(Campaign c) {
		List<String> result = this.jdbc.queryForList("select result::text from campaign_result where campaign_id = ?",
				String.class, c.id());
		return c.view(result.isEmpty() ? null : this.json.readTree(result.get(0)), this.power.of(c));
	}

}
