package com.gridloop.ingestion;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.gridloop.testsupport.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads a file as the loader, waits for its batch and checks it completed. */
final class Uploads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Uploads() {
	}

	static JsonNode upload(TestHttp http, String source, String body) {
		HttpResponse<String> r = http.post("/api/v1/batches/" + source + "?wait=true", "loader", "loader-pw",
				source.equals("app-events") ? "application/octet-stream" : "text/csv",
				body.getBytes(StandardCharsets.UTF_8));
		assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
		JsonNode n = JSON.readTree(r.body());
		assertThat(n.get("status").asString()).as(n.toString()).isEqualTo("COMPLETED");
		return n;
	}

}
