package com.gridloop.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run of the loop did, stage by stage, with the measured uplift next to the
 * planted one. Field names are the keys of {@code --summary-json}; the top-level campaign
 * keys are the first campaign's, every campaign is in {@code campaigns};
 * {@code holdout_global} counts the customers in this quarter's global holdout;
 * {@code power_mde} is the smallest uplift the first campaign could detect with 80 %
 * power (evaluation's power endpoint on its arms, the offer's prior rate as baseline).
 */
public record DemoSummary(long customers, long readings, long quarantined, long duplicates, long dailyFacts,
		long customersTagged, long tagsComputed, Map<String, Long> segments, long targetsTreatment, long targetsControl,
		long excluded, long dispatched, long controlContacted, long conversionsTreatment, long conversionsControl,
		double uplift, double upliftCiLow, double upliftCiHigh, double upliftPlanted, double sampleRatioPValue,
		Map<String, Long> stageMillis, Acquisition acquisition, List<ScenarioCampaign.Summary> campaigns,
		long holdoutGlobal, Reach reach, double powerMde) {

	/**
	 * What reach did across the campaigns: messages a gateway took per channel, messages
	 * the contact policy suppressed or deferred, by reason, account-manager tasks made by
	 * the online-to-offline fallback, and outcomes the demo manager recorded from their
	 * call list.
	 */
	public record Reach(Map<String, Long> dispatchedByChannel, long suppressedConsent, long suppressedFrequencyCap,
			long quietHoursDeferred, long fallbackTasks, long callListOutcomes) {
	}

	/**
	 * What acquisition found: connection applications uploaded, linked to customers or
	 * kept as prospects, and customers outgrowing their capacity against those planted.
	 */
	public record Acquisition(long applicationsUploaded, long applicationsLinked, long prospects, long expansionLeads,
			long plantedOutgrown) {
	}

	public boolean plantedCovered() {
		return this.upliftPlanted >= this.upliftCiLow && this.upliftPlanted <= this.upliftCiHigh;
	}

	/**
	 * Every stage did its work: data in, tags out, targets in both arms, treatment
	 * contacted (but for those the contact policy suppressed or managers visit), control
	 * never.
	 */
	public boolean complete() {
		return this.customers > 0 && this.readings > 0 && this.tagsComputed > 0 && !this.segments.isEmpty()
				&& this.targetsTreatment > 0 && this.targetsControl > 0 && this.dispatched > 0
				&& this.dispatched <= this.targetsTreatment && this.controlContacted == 0
				&& this.conversionsTreatment + this.conversionsControl > 0 && !Double.isNaN(this.uplift);
	}

	/** The summary with the keys the issue names, in snake case. */
	public Map<String, Object> asJson() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("customers", this.customers);
		m.put("readings", this.readings);
		m.put("quarantined", this.quarantined);
		m.put("duplicates", this.duplicates);
		m.put("daily_facts", this.dailyFacts);
		m.put("customers_tagged", this.customersTagged);
		m.put("tags_computed", this.tagsComputed);
		m.put("segments", this.segments);
		m.put("targets_treatment", this.targetsTreatment);
		m.put("targets_control", this.targetsControl);
		m.put("excluded_no_benefit", this.excluded);
		m.put("dispatched", this.dispatched);
		m.put("control_contacted", this.controlContacted);
		ScenarioCampaign.Summary.putUplift(m, this.conversionsTreatment, this.conversionsControl, this.uplift,
				this.upliftCiLow, this.upliftCiHigh, this.upliftPlanted, this.sampleRatioPValue);
		m.put("applications_uploaded", this.acquisition.applicationsUploaded());
		m.put("applications_linked", this.acquisition.applicationsLinked());
		m.put("expansion_leads", this.acquisition.expansionLeads());
		m.put("expansion_planted", this.acquisition.plantedOutgrown());
		m.put("stage_ms", this.stageMillis);
		m.put("campaigns", this.campaigns.stream().map(ScenarioCampaign.Summary::asJson).toList());
		m.put("holdout_global", this.holdoutGlobal);
		m.put("dispatched_by_channel", this.reach.dispatchedByChannel());
		Map<String, Long> suppressed = new LinkedHashMap<>();
		suppressed.put("consent", this.reach.suppressedConsent());
		suppressed.put("frequency_cap", this.reach.suppressedFrequencyCap());
		suppressed.put("quiet_hours_deferred", this.reach.quietHoursDeferred());
		m.put("suppressed", suppressed);
		m.put("fallback_tasks", this.reach.fallbackTasks());
		m.put("call_list_outcomes", this.reach.callListOutcomes());
		m.put("power_mde", this.powerMde);
		return m;
	}

}
