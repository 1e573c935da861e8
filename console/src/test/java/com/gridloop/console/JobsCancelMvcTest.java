package com.gridloop.console;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The jobs page: a run in progress shows its progress, is polled, and can be cancelled
 * (profile is asked, the table comes back); an ended run has no cancel.
 */
class JobsCancelMvcTest extends ConsoleMvcTestBase {

	private static final String RUN = "6f0e1c1e-0000-4000-8000-0000000000e1";

	@Test
	void aRunningRunShowsItsProgressAndIsCancelledThroughProfile() throws Exception {
		STUB.answer("GET /api/v1/segmentation/runs", 200,
				"""
						[{"id":"%s","trigger":"REST:ana","status":"RUNNING","startedAt":"2026-12-01T10:00:00Z","finishedAt":null,
						  "customers":0,"assigned":4321,"changed":0,"modelVersion":null,"cancelRequestedAt":null},
						 {"id":"6f0e1c1e-0000-4000-8000-0000000000e0","trigger":"SCHEDULE","status":"SUCCEEDED",
						  "startedAt":"2026-11-30T18:00:00Z","finishedAt":"2026-11-30T18:05:00Z","customers":10000,
						  "assigned":10000,"changed":12,"modelVersion":"v1","cancelRequestedAt":null}]"""
					.formatted(RUN));
		MockHttpSession session = logIn("ana", "ana-pw");
		String page = page("/jobs", session);
		assertThat(page).contains("4,321", "hx-trigger=\"every 3s\"", "Refreshed every 3 seconds");
		assertThat(page.split("class=\"cancel\"", -1)).as("one cancel button, on the running run").hasSize(2);
		assertThat(page).contains("/jobs/runs/" + RUN + "/cancel");

		STUB.answer("POST /api/v1/segmentation/runs/" + RUN + "/cancel", 202, "{\"id\":\"%s\"}".formatted(RUN));
		STUB.requests.clear();
		String table = this.mvc
			.perform(post("/jobs/runs/" + RUN + "/cancel").header("HX-Request", "true")
				.header("Accept-Language", "en")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(STUB.requests).first()
			.satisfies(r -> assertThat(r.method() + " " + r.path())
				.isEqualTo("POST /api/v1/segmentation/runs/" + RUN + "/cancel"));
		assertThat(table).contains("id=\"runs\"").doesNotContain("<html");
	}

	@Test
	void aMarketerCannotReachTheJobs() throws Exception {
		this.mvc.perform(post("/jobs/runs/" + RUN + "/cancel").session(logIn("mk", "mk-pw")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(STUB.requests).isEmpty();
	}

}
