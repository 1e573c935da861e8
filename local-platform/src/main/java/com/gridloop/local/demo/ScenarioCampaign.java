package com.gridloop.local.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.gridloop.datagen.OfferResponses;
import com.gridloop.datagen.ResponseSimulator;
import com.gridloop.datagen.SyntheticCustomer;
import tools.jackson.databind.JsonNode;

/**
 * One campaign of the demo, the way a marketer runs it: created and launched through
 * strategy, answered by the customers from the planted truth of each target's offer, and
 * read back from evaluation next to the uplift that was planted.
 */
public final class ScenarioCampaign {

	/** What the demo summary lists per campaign. */
	public record Summary(String scenario, String offer, long targetsTreatment, long targetsControl, long excluded,
			long holdoutGlobal, long queued, long contacted, long controlContacted, long conversionsTreatment,
			long conversionsControl, double uplift, double upliftCiLow, double upliftCiHigh, double upliftPlanted,
			double sampleRatioPValue, double kwhShift, double kwhShiftCiLow, double kwhShiftCiHigh,
			double kwhShiftPlanted) {

		public boolean plantedCovered() {
			return this.upliftPlanted >= this.upliftCiLow && this.upliftPlanted <= this.upliftCiHigh;
		}

		public boolean kwhShiftCovered() {
			return this.kwhShiftPlanted >= this.kwhShiftCiLow && this.kwhShiftPlanted <= this.kwhShiftCiHigh;
		}

		/**
		 * The conversions and the measured uplift next to the planted one, in the keys of
		 * {@code --summary-json}.
		 */
		static void putUplift(Map<String, Object> m, long conversionsTreatment, long conversionsControl, double uplift,
				double ciLow, double ciHigh, double planted, double sampleRatioPValue) {
			m.put("conversions_treatment", conversionsTreatment);
			m.put("conversions_control", conversionsControl);
			m.put("uplift", uplift);
			m.put("uplift_ci_low", ciLow);
			m.put("uplift_ci_high", ciHigh);
			m.put("uplift_planted", planted);
			m.put("uplift_planted_covered", planted >= ciLow && planted <= ciHigh);
			m.put("sample_ratio_p", sampleRatioPValue);
		}

		public Map<String, Object> asJson() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("scenario", this.scenario);
			m.put("offer", this.offer);
			m.put("targets_treatment", this.targetsTreatment);
			m.put("targets_control", this.targetsControl);
			m.put("excluded", this.excluded);
			m.put("holdout_global", this.holdoutGlobal);
			m.put("queued", this.queued);
			putUplift(m, this.conversionsTreatment, this.conversionsControl, this.uplift, this.upliftCiLow,
					this.upliftCiHigh, this.upliftPlanted, this.sampleRatioPValue);
			m.put("kwh_shift", this.kwhShift);
			m.put("kwh_shift_ci_low", this.kwhShiftCiLow);
			m.put("kwh_shift_ci_high", this.kwhShiftCiHigh);
			m.put("kwh_shift_planted", this.kwhShiftPlanted);
			m.put("kwh_shift_planted_covered", kwhShiftCovered());
			return m;
		}

	}

	private final PlatformClient client;

	private final Map<String, Object> request;

	private JsonNode launched;

	private final Set<String> offers = new TreeSet<>();

	private double plantedSum;

	private long targets;

	private long recorded;

	/** Each target's arm, true for treatment, by customer id. */
	private final Map<String, Boolean> treated = new HashMap<>();

	private final Set<String> converted = new HashSet<>();

	ScenarioCampaign(PlatformClient client, Map<String, Object> request) {
		this.client = client;
		this.request = request;
	}

	JsonNode launch() {
		JsonNode campaign = this.client.postJson("strategy", "/api/v1/campaigns", "marketer", this.request);
		this.launched = this.client.postJson("strategy",
				"/api/v1/campaigns/" + campaign.get("id").asString() + "/launch", "marketer", Map.of());
		return this.launched;
	}

	String id() {
		return this.launched == null ? null : this.launched.get("id").asString();
	}

	String name() {
		return String.valueOf(this.request.get("name"));
	}

	long treatment() {
		return this.launched.get("treatment").asLong();
	}

	long control() {
		return this.launched.get("control").asLong();
	}

	/**
	 * Plays every target's answer to its own offer from the planted truth and records the
	 * conversions in reach; returns how many were recorded.
	 */
	long playOutcomes(Map<String, SyntheticCustomer> byId, ResponseSimulator simulator) {
		List<Map<String, Object>> outcomes = new ArrayList<>();
		for (JsonNode target : this.client.campaignTargets(id(), "marketer")) {
			String customerId = target.get("customerId").asString();
			SyntheticCustomer c = byId.get(customerId);
			String offer = target.get("offerCode").asString();
			boolean treated = "TREATMENT".equals(target.get("arm").asString());
			this.offers.add(offer);
			this.plantedSum += OfferResponses.of(c, offer).uplift();
			this.targets++;
			this.treated.put(customerId, treated);
			if (simulator.converts(c, id(), offer, treated)) {
				this.converted.add(customerId);
				outcomes.add(Map.of("campaignId", id(), "customerId", customerId, "outcome", "CONVERTED", "source",
						treated ? "CHANNEL" : "BUSINESS_SYSTEM"));
			}
		}
		if (!outcomes.isEmpty()) {
			// The business system's record (role SYSTEM, the only one that may report
			// BUSINESS_SYSTEM), not a manager's: a manager records only their own
			// customers.
			this.client.postJson("reach", "/api/v1/outcomes/batch", "system", outcomes);
		}
		this.recorded = outcomes.size();
		return this.recorded;
	}

	/**
	 * Each target's arm, true for treatment, by customer id (once outcomes are played).
	 */
	Map<String, Boolean> arms() {
		return this.treated;
	}

	/** The targets who converted, by customer id. */
	Set<String> converted() {
		return this.converted;
	}

	/**
	 * The smallest uplift detectable with 80 % power on the launched arms, from
	 * evaluation's power endpoint with the first offer's prior rate (strategy's
	 * catalogue) as baseline.
	 */
	double powerMde() {
		String offer = this.launched.get("offerCode").asString();
		double baseline = this.client.get("strategy", "/api/v1/offers", "marketer")
			.valueStream()
			.filter(o -> o.get("code").asString().equals(offer))
			.findFirst()
			.orElseThrow()
			.get("priorRate")
			.asDouble();
		return this.client
			.get("evaluation",
					String.format(java.util.Locale.ROOT,
							"/api/v1/evaluation/power?baseline=%s&mde=0.02&control_share=%s&n=%d", baseline,
							this.request.get("controlShare"), treatment() + control()),
					"analyst")
			.get("mdeAt80")
			.asDouble();
	}

	/**
	 * The kWh a day moved out of the peak that was planted, intention to treat as
	 * evaluation measures it: over the targets with readings, the treatment mean of what
	 * each moved a day minus the control mean, negative for kWh out of the peak; NaN with
	 * fewer than two such targets in an arm.
	 */
	double plantedShift(Map<String, Double> movedPerDay) {
		double[] sum = new double[2];
		long[] n = new long[2];
		this.treated.forEach((customer, treatment) -> {
			Double moved = movedPerDay.get(customer);
			if (moved != null) {
				int arm = treatment ? 0 : 1;
				sum[arm] += moved;
				n[arm]++;
			}
		});
		return n[0] < 2 || n[1] < 2 ? Double.NaN : -(sum[0] / n[0] - sum[1] / n[1]);
	}

	/**
	 * Waits until evaluation holds every conversion of the campaign and returns its
	 * result; nothing for a campaign without both arms, which evaluation cannot measure.
	 */
	JsonNode awaitResult(Duration timeout) {
		if (treatment() == 0 || control() == 0) {
			return null;
		}
		return this.client.await("evaluation", "/api/v1/campaigns/" + id() + "/results", "analyst",
				r -> r.get("treatment").get("conversions").asLong()
						+ r.get("control").get("conversions").asLong() >= this.recorded
						&& r.get("treatment").get("customers").asLong() >= treatment(),
				timeout, "evaluation of " + name());
	}

	Summary summary(JsonNode result, Map<String, Double> movedPerDay) {
		if (result == null) {
			return new Summary(String.valueOf(this.request.get("scenario")), String.join(",", this.offers), treatment(),
					control(), this.launched.get("excluded").asLong(), this.launched.get("holdoutGlobal").asLong(),
					this.launched.get("queued").asLong(), 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
					Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		// CUPED: the estimate to quote (README, "How to read a result").
		JsonNode cuped = result.path("loadShift").path("peakKwhPerDay").path("cuped");
		return new Summary(String.valueOf(this.request.get("scenario")), String.join(",", this.offers),
				result.get("treatment").get("customers").asLong(), result.get("control").get("customers").asLong(),
				this.launched.get("excluded").asLong(), this.launched.get("holdoutGlobal").asLong(),
				this.launched.get("queued").asLong(), result.get("treatment").get("contacted").asLong(),
				result.get("control").get("contacted").asLong(), result.get("treatment").get("conversions").asLong(),
				result.get("control").get("conversions").asLong(), result.get("uplift").asDouble(),
				result.get("upliftCiLow").asDouble(), result.get("upliftCiHigh").asDouble(),
				this.targets == 0 ? Double.NaN : this.plantedSum / this.targets,
				result.get("sampleRatioPValue").asDouble(), cuped.path("difference").asDouble(Double.NaN),
				cuped.path("ciLow").asDouble(Double.NaN), cuped.path("ciHigh").asDouble(Double.NaN),
				cuped.isMissingNode() ? Double.NaN : plantedShift(movedPerDay));
	}

}
