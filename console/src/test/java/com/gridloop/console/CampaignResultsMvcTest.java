package com.gridloop.console;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results page beside the uplift: the kWh shift over time from evaluation's series,
 * per day or week, and what strategy's learning now prefers.
 */
class CampaignResultsMvcTest extends ConsoleMvcTestBase {

	private static final String ID = "6f0e1c1e-0000-4000-8000-0000000000c1";

	@Test
	void theShiftOverTimeAndTheLearningsPreferenceAreShown() throws Exception {
		answerCampaignAndResult();
		STUB.answer("GET /api/v1/campaigns/" + ID + "/results/load-shift?grain=WEEK", 200, """
				{"campaignId":"%s","launchDay":"2026-06-01","grain":"WEEK","points":[
				 {"period":"2026-05-25","daysFromLaunch":-7,"treatmentPeakKwh":5.1234,"controlPeakKwh":5.2,
				  "treatmentCustomers":60,"controlCustomers":60},
				 {"period":"2026-06-01","daysFromLaunch":0,"treatmentPeakKwh":3.4,"controlPeakKwh":5.25,
				  "treatmentCustomers":60,"controlCustomers":null}]}""".formatted(ID));
		STUB.answer("GET /api/v1/learning", 200, """
				[{"offerCode":"TOU_TARIFF","segment":"*","channel":"*","mean":0.08,"ciLow":0.06,"ciHigh":0.1,
				  "treated":500,"conversions":40,"campaigns":2},
				 {"offerCode":"TOU_TARIFF","segment":"EVENING_PEAK","channel":"SMS","mean":0.03,"ciLow":0.01,
				  "ciHigh":0.06,"treated":100,"conversions":3,"campaigns":1},
				 {"offerCode":"TOU_TARIFF","segment":"EVENING_PEAK","channel":"CALL","mean":0.14,"ciLow":0.09,
				  "ciHigh":0.2,"treated":100,"conversions":14,"campaigns":1},
				 {"offerCode":"EV_CHARGING","segment":"*","channel":"*","mean":0.12,"ciLow":0.05,"ciHigh":0.21,
				  "treated":0,"conversions":0,"campaigns":0}]""");
		MockHttpSession session = logIn("ana", "ana-pw");
		String page = page("/campaigns/" + ID + "?grain=WEEK", session);
		assertThat(page).contains("id=\"shift-chart\"", "\"2026-05-25\"", "\"mark\":\"2026-06-01\"", "5.123", "3.4",
				"-1.80 kWh/day", ">-2.10<", "Weekly");
		// Offers best first, then this offer's cells best first.
		assertThat(page).containsSubsequence("data-offer=\"EV_CHARGING\"", "12.00%", "data-offer=\"TOU_TARIFF\"",
				"8.00%", "Segment × channel for TOU_TARIFF", "CALL", "14.00%", "SMS", "3.00%");
	}

	@Test
	void withoutUsageOrLearningThePageSaysWhatComesNext() throws Exception {
		answerCampaignAndResult();
		STUB.answer("GET /api/v1/campaigns/" + ID + "/results/load-shift?grain=DAY", 200,
				"{\"campaignId\":\"%s\",\"launchDay\":\"2026-06-01\",\"grain\":\"DAY\",\"points\":[]}".formatted(ID));
		STUB.answer("GET /api/v1/learning", 200, "[]");
		String page = page("/campaigns/" + ID, logIn("mk", "mk-pw"));
		assertThat(page).contains("id=\"shift-empty\"", "No usage of these customers yet", "Nothing learnt yet")
			.doesNotContain("id=\"shift-chart\"");
	}

	private static void answerCampaignAndResult() {
		STUB.answer("GET /api/v1/campaigns/" + ID, 200, """
				{"id":"%s","name":"ToU","scenario":"ACTIVATION","offerCode":"TOU_TARIFF","status":"LAUNCHED",
				 "launchedAt":"2026-06-01T02:00:00Z","targets":120,"treatment":60,"control":60,
				 "audienceRule":"category = 'RESIDENTIAL'"}""".formatted(ID));
		STUB.answer("GET /api/v1/campaigns/" + ID + "/results", 200, """
				{"campaignId":"%s","treatment":{"customers":60,"contacted":50,"conversions":9,"conversionRate":0.15},
				 "control":{"customers":60,"contacted":0,"conversions":3,"conversionRate":0.05},"uplift":0.1,
				 "upliftCiLow":0.01,"upliftCiHigh":0.19,"pValue":0.04,"sampleRatioPValue":0.9,
				 "sampleRatioMismatch":false,"sequentialCiLow":null,"sequentialCiHigh":null,
				 "bySegment":[],"byChannel":[],"byOffer":[],
				 "loadShift":{"treatment":60,"control":60,"preDays":28,"peakKwhPerDay":{
				   "differenceInDifferences":{"difference":-1.8,"ciLow":-2.1,"ciHigh":-1.5}}}}""".formatted(ID));
	}

}
