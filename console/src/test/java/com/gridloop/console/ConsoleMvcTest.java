package com.gridloop.console;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console over stand-in services on real HTTP: login with a session and CSRF, pages
 * by role, calls made as the logged-in user, a service's refusal shown with its status,
 * Chinese by default and English on request.
 */
class ConsoleMvcTest extends ConsoleMvcTestBase {

	@Test
	void anonymousUsersAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/campaigns")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
	}

	@Test
	void aWrongPasswordDoesNotLogIn() throws Exception {
		this.mvc.perform(formLogin().user("km").password("wrong")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theCallListIsReadFromReachAsTheLoggedInManager() throws Exception {
		STUB.answer("GET /api/v1/call-lists/me", 200, """
				[{"taskId":"6f0e1c1e-0000-4000-8000-000000000001","campaignId":null,"customerId":"C-1",
				  "contactName":"张三","phone":"13800000000","assignee":"km","kind":"FOLLOW_UP",
				  "reason":"未读消息","benefitText":"每年可省 1,234 元","bestHour":19,"lastContacts":"",
				  "dueOn":"2026-12-02","priority":1}]""");
		MockHttpSession session = logIn("km", "km-pw");
		String page = this.mvc.perform(get("/calls").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("张三", "每年可省 1,234 元", "19:00", "呼叫清单", "id=\"nav-calls\"")
			.doesNotContain("id=\"nav-segments\"");
		assertThat(STUB.requests).singleElement()
			.satisfies(r -> assertThat(r.authorization())
				.isEqualTo("Basic " + Base64.getEncoder().encodeToString("km:km-pw".getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void anOutcomeNeedsTheCsrfTokenAndIsPostedToReach() throws Exception {
		String task = "6f0e1c1e-0000-4000-8000-000000000001";
		STUB.answer("POST /api/v1/tasks/" + task + "/outcomes", 200, "{\"outcomeId\":\"x\"}");
		MockHttpSession session = logIn("km", "km-pw");
		this.mvc.perform(post("/calls/tasks/" + task + "/outcome").param("outcome", "INTERESTED").session(session))
			.andExpect(status().isForbidden());
		assertThat(STUB.requests).isEmpty();
		this.mvc
			.perform(post("/calls/tasks/" + task + "/outcome").param("outcome", "INTERESTED")
				.header("HX-Request", "true")
				.header("Accept-Language", "en")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Interested")));
		assertThat(STUB.requests).singleElement().satisfies(r -> {
			assertThat(r.method()).isEqualTo("POST");
			assertThat(r.body()).contains("\"outcome\":\"INTERESTED\"");
		});
	}

	@Test
	void aServicesRefusalIsShownWithItsStatusAndReason() throws Exception {
		STUB.answer("GET /api/v1/call-lists/customers/C-9", 403,
				"{\"status\":403,\"detail\":\"Customer C-9 is not on your call list\"}");
		MockHttpSession session = logIn("km", "km-pw");
		this.mvc.perform(get("/calls/customers/C-9").session(session).header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Customer C-9 is not on your call list")));
	}

	@Test
	void aPageOutsideTheRoleIsClosedAndHiddenFromTheNavigation() throws Exception {
		MockHttpSession session = logIn("km", "km-pw");
		this.mvc.perform(get("/segments").session(session)).andExpect(status().isForbidden());
		assertThat(STUB.requests).isEmpty();
		MockHttpSession analyst = logIn("ana", "ana-pw");
		this.mvc.perform(get("/calls").session(analyst)).andExpect(status().isForbidden());
	}

	@Test
	void chineseByDefaultEnglishOnRequestOrBySwitch() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("用户名")));
		this.mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("User name")));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("gridloop-lang=en")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("User name")));
	}

	@Test
	void segmentsShowTheCentroidAgainstThePopulationAndPassTheCsvThrough() throws Exception {
		String shape = java.util.stream.IntStream.range(0, 24)
			.mapToObj(h -> String.valueOf(h == 19 ? 0.2 : 0.8 / 23))
			.collect(java.util.stream.Collectors.joining(",", "[", "]"));
		STUB.answer("GET /api/v1/segmentation/segments", 200, """
				[{"code":"EVENING_PEAK","name":"晚高峰","group":"RESIDENTIAL","kind":"CLUSTER","size":12000,"share":0.4,
				  "description":"晚间用电集中","centroidShape":%s,"reachableShare":0.9,"evaluable":true,"minSize":100,
				  "stability":0.95,"runId":null}]""".formatted(shape));
		STUB.answer("GET /api/v1/segmentation/segments/EVENING_PEAK/members?size=50", 200,
				"[{\"customerId\":\"C-1\",\"segment\":\"EVENING_PEAK\",\"reason\":\"峰时占比 0.42\"}]");
		STUB.answerFile("GET /api/v1/segmentation/segments/EVENING_PEAK/members.csv", "text/csv;charset=UTF-8",
				"customer_id,segment,reason\nC-1,EVENING_PEAK,x\n");
		MockHttpSession session = logIn("ana", "ana-pw");
		String list = this.mvc.perform(get("/segments").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("12,000", "40.0%");
		String page = this.mvc.perform(get("/segments/EVENING_PEAK").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("shape-data", "峰时占比 0.42", "总体");
		this.mvc.perform(get("/segments/EVENING_PEAK/members.csv").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string("customer_id,segment,reason\nC-1,EVENING_PEAK,x\n"));
	}

	@Test
	void anAnalystSeesBothRecordsWithTheirWeightsAndDecides() throws Exception {
		STUB.answer("GET /api/v1/identity/reviews?status=OPEN&size=20", 200, """
				[{"id":7,"recordId":"T-1","source":"95598","record":{"name":"李四","phone":"13900000000",
				  "address":"武汉市洪山区","regionCode":"420111","accountNo":null},"candidateCustomerId":"C-2",
				  "probability":0.62,"explanation":{"fields":[{"field":"NAME","level":"EXACT","weight":6.25},
				  {"field":"PHONE","level":"DIFFERENT","weight":-3.5}]},"status":"OPEN"}]""");
		STUB.answer("GET /api/v1/customers/C-2", 200, """
				{"customerId":"C-2","customerNo":"0101","name":"李四","phone":"13911111111","address":"武汉市洪山区",
				 "regionCode":"420111"}""");
		STUB.answer("POST /api/v1/identity/reviews/7/decision", 200, "{\"id\":7}");
		MockHttpSession session = logIn("ana", "ana-pw");
		String page = this.mvc.perform(get("/identity").session(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("13900000000", "13911111111", "6.25", "-3.50", "62.0%");
		this.mvc.perform(post("/identity/reviews/7/decision").param("accept", "true").session(session).with(csrf()))
			.andExpect(redirectedUrl("/identity?decided=7"));
		assertThat(STUB.requests).filteredOn(r -> r.method().equals("POST"))
			.singleElement()
			.satisfies(r -> assertThat(r.body()).isEqualTo("{\"accept\":true}"));
	}

	@Test
	void theWizardPreviewsTheAudienceAndLaunchesOnlyAfterConfirmation() throws Exception {
		STUB.answer("GET /api/v1/offers", 200,
				"[{\"code\":\"TOU_TARIFF\",\"scenario\":\"ACTIVATION\",\"nameZh\":\"分时电价\",\"nameEn\":\"ToU\",\"priorRate\":0.05}]");
		STUB.answer("POST /api/v1/audiences/preview", 200, """
				{"rule":"category = 'RESIDENTIAL'","count":12345,"customers":20000,"segments":[],"samples":[],
				 "benefit":null,"warnings":[]}""");
		STUB.answer("GET /api/v1/evaluation/power?baseline=0.05&mde=0.02&control_share=0.2&n=12345", 200,
				"{\"power\":0.9,\"mdeAt80\":0.0123}");
		MockHttpSession session = logIn("mk", "mk-pw");
		String preview = this.mvc
			.perform(post("/campaigns/new/preview").param("offer", "TOU_TARIFF")
				.param("rule", "category = 'RESIDENTIAL'")
				.param("controlShare", "0.2")
				.header("Accept-Language", "en")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(preview).contains("12,345", "20,000", "1.23%");
		assertThat(STUB.requests).filteredOn(r -> r.method().equals("POST"))
			.singleElement()
			.satisfies(r -> assertThat(r.body()).contains("\"offer_code\":\"TOU_TARIFF\""));
		STUB.requests.clear();
		String id = "6f0e1c1e-0000-4000-8000-000000000009";
		this.mvc.perform(post("/campaigns/new/" + id + "/launch").session(session).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/new/" + id + "?confirm"));
		assertThat(STUB.requests).isEmpty();
		MockHttpSession analyst = logIn("ana", "ana-pw");
		this.mvc.perform(get("/campaigns/new").session(analyst)).andExpect(status().isForbidden());
	}

}
