package com.gridloop.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaigns the demo runs, one per scenario, written as a marketer would: the
 * time-of-use activation first (its figures are the summary's top-level keys), then
 * retention, value-added and acquisition, each choosing per customer among the scenario's
 * offers.
 */
final class DemoCampaigns {

	private DemoCampaigns() {
	}

	static List<ScenarioCampaign> all(PlatformClient client, double controlShare, java.time.LocalDate touStartsOn) {
		Map<String, Object> tou = request("Time-of-use for night-heavy households", "ACTIVATION", controlShare);
		tou.put("offerCode", "TOU_TARIFF");
		tou.put("channel", "APP_PUSH");
		tou.put("audience", List.of(Map.of("tag", "category", "op", "EQ", "value", "RESIDENTIAL"),
				Map.of("tag", "valley_share", "op", "GE", "value", "0.35")));
		tou.put("peakShift", 0.10);
		// Measured from a day past: the demo replays the weeks since (UsageShiftStage).
		tou.put("startsOn", touStartsOn.toString());

		Map<String, Object> retention = request("Keep customers at risk", "RETENTION", controlShare);
		retention.put("audienceRule", "churn_risk >= 0.15 OR complaints_12m >= 1 OR outage_minutes_90d > 180");

		Map<String, Object> valueAdded = request("Value-added services for businesses", "VALUE_ADDED", controlShare);
		valueAdded.put("audienceRule", "category != 'RESIDENTIAL'");

		Map<String, Object> acquisition = request("Capacity expansion for customers near their limit", "ACQUISITION",
				controlShare);
		acquisition.put("audienceRule", "category IN ('GENERAL_CI', 'LARGE_INDUSTRIAL')");

		return List.of(new ScenarioCampaign(client, tou), new ScenarioCampaign(client, retention),
				new ScenarioCampaign(client, valueAdded), new ScenarioCampaign(client, acquisition));
	}

	private static Map<String, Object> request(String name, String scenario, double controlShare) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("name", name);
		r.put("scenario", scenario);
		r.put("controlShare", controlShare);
		return r;
	}

}
