package com.gridloop.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The segments page with the segments' sizes over the last runs from profile: one point
 * per run, one line per segment, a gap where a run had no such segment.
 */
class SegmentSizesMvcTest extends ConsoleMvcTestBase {

	private static final String SEGMENTS = """
			[{"code":"EVENING_PEAK","name":"晚高峰","group":"RESIDENTIAL","kind":"CLUSTER","size":150,"share":0.75,
			  "description":"","centroidShape":[],"reachableShare":0.9,"evaluable":true,"minSize":10,
			  "stability":null,"runId":null}]""";

	@Test
	void eachSegmentIsALineOverTheRuns() throws Exception {
		STUB.answer("GET /api/v1/segmentation/segments", 200, SEGMENTS);
		STUB.answer("GET /api/v1/segmentation/segment-sizes?runs=10", 200,
				"""
						[{"runId":"6f0e1c1e-0000-4000-8000-000000000001","trigger":"NIGHTLY","finishedAt":"2026-11-29T18:00:00Z",
						  "segments":[{"code":"EVENING_PEAK","name":"晚高峰","group":"RESIDENTIAL","size":120},
						              {"code":"FLAT","name":"平稳","group":"RESIDENTIAL","size":80}]},
						 {"runId":"6f0e1c1e-0000-4000-8000-000000000002","trigger":"MANUAL","finishedAt":"2026-11-30T18:00:00Z",
						  "segments":[{"code":"EVENING_PEAK","name":"晚高峰","group":"RESIDENTIAL","size":150}]}]""");
		String page = page("/segments", logIn("mk", "mk-pw"));
		assertThat(page).contains("id=\"sizes-chart\"", "Sizes over the last runs",
				"\"x\":[\"2026-11-29T18:00:00Z\",\"2026-11-30T18:00:00Z\"]", "\"data\":[120,150]", "\"data\":[80,null]",
				"\"name\":\"平稳\"");
	}

	@Test
	void withoutARunHistoryThePageSaysHowToGetOne() throws Exception {
		STUB.answer("GET /api/v1/segmentation/segments", 200, SEGMENTS);
		STUB.answer("GET /api/v1/segmentation/segment-sizes?runs=10", 200, "[]");
		String page = page("/segments", logIn("ana", "ana-pw"));
		assertThat(page).contains("No succeeded segmentation run yet").doesNotContain("id=\"sizes-chart\"");
	}

}
