package com.gridloop.console;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wizard's channel plan with reach's contact policy (step 3), the benefit histogram
 * on every audience edit (step 2), and the plan going to strategy with the draft.
 */
class WizardPlanMvcTest extends ConsoleMvcTestBase {

	private static final String OFFERS = """
			[{"code":"TOU_TARIFF","scenario":"ACTIVATION","nameZh":"分时电价","nameEn":"ToU","priorRate":0.05}]""";

	@Test
	void stepThreeShowsTheChannelOrderAndReachsPolicy() throws Exception {
		STUB.answer("GET /api/v1/offers", 200, OFFERS);
		STUB.answer("GET /api/v1/reach/contact-plan", 200,
				"""
						{"zone":"Asia/Shanghai","quietHours":true,"quietStart":"21:00:00","quietEnd":"08:00:00",
						 "sendAtActiveHour":true,"caps":[{"channel":null,"windowHours":168,"max":2},
						 {"channel":"SMS","windowHours":24,"max":1}],"transactionalOffers":["BILL_NOTICE"],"fallbackMinutes":2880}""");
		String page = page("/campaigns/new", logIn("mk", "mk-pw"));
		assertThat(page).containsSubsequence("3. Channel plan and contact policy", "preferred channel",
				"id=\"channel\"", "Outbound call", "offer&#39;s first channel", "id=\"fallbackHours\"",
				"placeholder=\"48\"", "default of 48 hours", "4. Control group");
		assertThat(page).contains("At most 2 marketing contacts per 7 days (all channels together)",
				"At most 1 marketing contacts per 24 hours (SMS)", "Quiet hours 21:00–08:00 (Asia/Shanghai)",
				"active hour", "BILL_NOTICE");
	}

	@Test
	void everyAudienceEditDrawsTheBenefitHistogram() throws Exception {
		STUB.answer("GET /api/v1/offers", 200, OFFERS);
		STUB.answer("POST /api/v1/audiences/preview", 200,
				"""
						{"rule":"","count":30,"customers":100,"segments":[],"samples":[],"warnings":[],
						 "benefit":{"offerCode":"TOU_TARIFF","unit":"yuan/year","priced":30,"p10":10,"p25":20,"p50":150,
						  "p75":300,"p90":1200,"histogram":[{"from":0.0,"to":1000.0,"count":27},{"from":1000.0,"to":2000.0,"count":3}]}}""");
		String preview = this.mvc
			.perform(post("/campaigns/new/preview").param("offer", "TOU_TARIFF")
				.param("rule", "")
				.header("Accept-Language", "en")
				.session(logIn("mk", "mk-pw"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(preview).contains("id=\"benefit-chart\"", "\"bar\":true", "\"0–1,000\"", "\"1,000–2,000\"",
				"\"data\":[27,3]");
	}

	@Test
	void theChannelAndFallbackHoursGoToStrategyWithTheDraft() throws Exception {
		STUB.answer("GET /api/v1/offers", 200, OFFERS);
		STUB.answer("POST /api/v1/campaigns", 201, "{\"id\":\"6f0e1c1e-0000-4000-8000-0000000000d1\"}");
		MockHttpSession session = logIn("mk", "mk-pw");
		this.mvc
			.perform(post("/campaigns/new").param("name", "ToU")
				.param("offer", "TOU_TARIFF")
				.param("rule", "")
				.param("controlShare", "0.2")
				.param("channel", "SMS")
				.param("fallbackHours", "24")
				.session(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/campaigns/new/6f0e1c1e-0000-4000-8000-0000000000d1"));
		assertThat(STUB.requests).filteredOn(r -> r.method().equals("POST"))
			.singleElement()
			.satisfies(r -> assertThat(r.body()).contains("\"channel\":\"SMS\"", "\"fallbackHours\":24"));
	}

}
