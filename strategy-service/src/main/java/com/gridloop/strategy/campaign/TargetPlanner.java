package com.gridloop.strategy.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.gridloop.common.tags.TagCondition;
import com.gridloop.strategy.audience.AudienceMember;
import com.gridloop.strategy.audience.AudienceRule;
import com.gridloop.strategy.audience.Audiences;
import com.gridloop.strategy.learning.ConversionOdds;
import com.gridloop.strategy.offer.Benefit;
import com.gridloop.strategy.offer.BenefitFormula;
import com.gridloop.strategy.offer.Channel;
import com.gridloop.strategy.offer.Offer;
import com.gridloop.strategy.offer.OfferPricing;
import com.gridloop.strategy.offer.OfferTags;
import com.gridloop.strategy.offer.Scenario;
import com.gridloop.strategy.similar.SimilarCustomers;

/**
 * Builds one campaign's target list: every customer of the audience who is still active
 * and not in the quarter's global holdout gets the eligible offer of best expected value,
 * P(convert | offer, segment, channel) × value − contact cost, through their preferred
 * channel when the offer allows it; the control arm is chosen by hash; the list is ranked
 * by expected value.
 */
final class TargetPlanner {

	/** A planned list and what was left out. */
	record Plan(List<TargetAssigned> targets, List<String> heldOut, int excluded) {
	}

	private record Candidate(Offer offer, AudienceRule eligibility) {
	}

	/** How many similar takers a value-added target lists. */
	static final int SIMILAR = 5;

	private final Audiences audiences;

	private final StrategyProperties properties;

	TargetPlanner(Audiences audiences, StrategyProperties properties) {
		this.audiences = audiences;
		this.properties = properties;
	}

	/**
	 * @param similar the finder of an offer's takers, asked once per value-added offer
	 */
	Plan plan(Campaign campaign, List<Offer> offers, OfferPricing pricing, ConversionOdds odds,
			Function<String, SimilarCustomers.Finder> similar, LocalDate day) {
		Map<String, SimilarCustomers.Finder> finders = new HashMap<>();
		List<Candidate> candidates = offers.stream()
			.flatMap(o -> OfferRules.eligibility(this.audiences, o).map(rule -> new Candidate(o, rule)).stream())
			.toList();
		AudienceRule audience = this.audiences.parse(audienceRule(campaign));
		AudienceRule ruleOnly = this.audiences.parse(campaign.audienceRule());
		String campaignId = campaign.id().toString();
		List<TargetAssigned> targets = new ArrayList<>();
		List<String> heldOut = new ArrayList<>();
		int[] excluded = { 0 };
		this.audiences.forEachMatch(audience, member -> {
			// Closed accounts and customers merged into another are not marketed to.
			Object status = member.tag("account_status");
			if (status != null && !"ACTIVE".equals(status)) {
				excluded[0]++;
				return;
			}
			if (GlobalHoldout.heldOut(member.customerId(), day, this.properties.holdoutShare())) {
				heldOut.add(member.customerId());
				return;
			}
			Optional<TargetAssigned> best = best(campaign, ruleOnly, candidates, member, pricing, odds);
			if (best.isEmpty()) {
				excluded[0]++;
				return;
			}
			TargetAssigned t = best.get();
			Offer offer = offers.stream().filter(o -> o.code().equals(t.offerCode())).findFirst().orElseThrow();
			String manager = t.channel() == Channel.MANAGER_VISIT ? text(member.tag("account_manager")) : null;
			List<String> like = offer.scenario() == Scenario.VALUE_ADDED
					? finders.computeIfAbsent(offer.code(), similar)
						.nearest(member.customerId(), member::number, SIMILAR)
					: List.of();
			targets.add(t.scheduled(manager, null, like));
		});
		targets.sort(Comparator.comparingDouble(TargetAssigned::expectedValue)
			.reversed()
			.thenComparing(TargetAssigned::customerId));
		List<TargetAssigned> ranked = new ArrayList<>(targets.size());
		for (int i = 0; i < targets.size(); i++) {
			ranked.add(targets.get(i).ranked(i + 1));
		}
		return new Plan(ranked, heldOut, excluded[0]);
	}

	private Optional<TargetAssigned> best(Campaign campaign, AudienceRule ruleOnly, List<Candidate> candidates,
			AudienceMember member, OfferPricing pricing, ConversionOdds odds) {
		OfferTags tags = new MemberTags(member);
		String campaignId = campaign.id().toString();
		TargetAssigned best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (Candidate candidate : candidates) {
			if (!member.matches(candidate.eligibility())) {
				continue;
			}
			Offer offer = candidate.offer();
			Optional<Benefit> benefit = BenefitFormula.benefit(offer, tags, pricing);
			if (benefit.isEmpty()) {
				continue;
			}
			Benefit b = benefit.get();
			Channel channel = channel(offer, member.tag("preferred_channel"), campaign.channel());
			double cost = offer.costPerContact().doubleValue() + this.properties.cost(channel);
			// Worth a contact by the posterior mean; the offer chosen by the explored
			// probability (a Thompson draw), so an uncertain offer still wins some
			// customers.
			double mean = odds.mean(offer.code(), member.segment(), channel.name());
			double ev = mean * b.valueYuan() - cost;
			double p = odds.probability(offer.code(), member.segment(), channel.name(), member.customerId());
			double score = p * b.valueYuan() - cost;
			if (ev <= 0 || score <= bestScore) {
				continue;
			}
			bestScore = score;
			best = new TargetAssigned(campaignId, member.customerId(),
					Holdout.arm(member.customerId(), campaignId, campaign.controlShare()), offer.code(), channel,
					reason(campaign, ruleOnly, offer, member, b), b.valueYuan(), b.text(), 0, member.segment(),
					b.quantity(), b.unit(), b.triggers(), p, ev, b.investmentYuan(), b.paybackYears(), List.of(), null,
					null, campaign.fallbackHours());
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The customer's preferred channel when the offer may use it, otherwise the
	 * campaign's channel when the offer may use that, otherwise the offer's first
	 * channel.
	 */
	static Channel channel(Offer offer, Object preferred, Channel campaignChannel) {
		Channel wanted = preferred == null ? null : Channels.fromPreference(String.valueOf(preferred));
		if (wanted != null && offer.channels().contains(wanted)) {
			return wanted;
		}
		if (campaignChannel != null && offer.channels().contains(campaignChannel)) {
			return campaignChannel;
		}
		return offer.channels().get(0);
	}

	/** The campaign's audience as one rule: the older conditions and the rule, both. */
	static String audienceRule(Campaign campaign) {
		List<String> parts = new ArrayList<>();
		for (TagCondition c : campaign.audience()) {
			parts.add(Channels.conditionAsRule(c));
		}
		if (campaign.audienceRule() != null && !campaign.audienceRule().isBlank()) {
			parts.add("(" + campaign.audienceRule() + ")");
		}
		return String.join(" AND ", parts);
	}

	private static String reason(Campaign campaign, AudienceRule audience, Offer offer, AudienceMember member,
			Benefit benefit) {
		List<String> parts = new ArrayList<>();
		Map<String, Object> values = new HashMap<>();
		for (TagCondition c : campaign.audience()) {
			values.put(c.tag(), member.tag(c.tag()));
			parts.add(c.explain(values));
		}
		if (campaign.audienceRule() != null && !campaign.audienceRule().isBlank()) {
			parts.add(audience.explain(member));
		}
		parts.add(String.format(Locale.ROOT, "%s fits: %s", offer.code(), String.join(", ", benefit.triggers())));
		return String.join(" and ", parts);
	}

	private static String text(Object value) {
		return value == null ? null : String.valueOf(value);
	}

}
