package com.gridloop.ingestion;

import java.io.IOException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are bounded: a JSON body over 10 MB (the default) and an upload over the
 * configured limit (24 MB in these tests) get a 413 problem document, whether the length
 * is declared up front or the body is streamed in chunks; a cut-off upload leaves nothing
 * in the spool.
 */
@IngestionIntegrationTest
class BodyLimitsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MB = 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	IngestionProperties properties;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aJsonBodyOverTenMegabytesIs413() throws Exception {
		byte[] body = json(11 * MB);
		assertTooLarge(
				send("/api/v1/identity/merges", "application/json", HttpRequest.BodyPublishers.ofByteArray(body)),
				"JSON bodies are limited to 10485760 bytes");
		assertTooLarge(send("/api/v1/identity/merges", "application/json", chunked(body)),
				"JSON bodies are limited to 10485760 bytes");
	}

	@Test
	void aJsonBodyUnderTheLimitIsRead() throws Exception {
		HttpResponse<String> r = send("/api/v1/identity/merges", "application/json", chunked(json(MB)));
		assertThat(r.statusCode()).as(r.body()).isIn(400, 404, 422);
	}

	@Test
	void anUploadOverTheLimitIs413AndLeavesNothingBehind() throws Exception {
		byte[] csv = csv(25 * MB);
		assertTooLarge(send("/api/v1/batches/weather", "text/csv", HttpRequest.BodyPublishers.ofByteArray(csv)),
				"Uploads are limited to 25165824 bytes");
		assertTooLarge(send("/api/v1/batches/weather", "text/csv", chunked(csv)), "Uploads are limited to 25165824");
		try (Stream<Path> left = Files.exists(this.properties.spoolDir()) ? Files.list(this.properties.spoolDir())
				: Stream.empty()) {
			assertThat(left.map(Path::toString)).noneMatch(p -> p.endsWith(".part"));
		}
	}

	private static void assertTooLarge(HttpResponse<String> r, String detail) {
		assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
		assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.contains("problem+json"));
		JsonNode problem = JSON.readTree(r.body());
		assertThat(problem.get("status").asInt()).isEqualTo(413);
		assertThat(problem.get("detail").asString()).contains(detail);
	}

	private HttpResponse<String> send(String path, String type, HttpRequest.BodyPublisher body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", type)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("loader:loader-pw".getBytes(StandardCharsets.UTF_8)))
			.POST(body)
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A body without a declared length: sent in chunks. */
	private static HttpRequest.BodyPublisher chunked(byte[] body) {
		return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body) {
		});
	}

	private static byte[] json(int size) {
		byte[] b = new byte[size];
		Arrays.fill(b, (byte) 'a');
		byte[] head = "{\"survivorId\":\"".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, b, 0, head.length);
		b[size - 2] = '"';
		b[size - 1] = '}';
		return b;
	}

	private static byte[] csv(int size) {
		byte[] line = "420102,2024-03-01,5,15\n".getBytes(StandardCharsets.US_ASCII);
		byte[] head = "region_code,date,min_temp,max_temp\n".getBytes(StandardCharsets.US_ASCII);
		byte[] b = new byte[size];
		System.arraycopy(head, 0, b, 0, head.length);
		for (int i = head.length; i < size; i++) {
			b[i] = line[(i - head.length) % line.length];
		}
		return b;
	}

}
