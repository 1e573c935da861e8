package com.gridloop.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real HTTP requests to a service under test, with HTTP Basic authentication. */
public final class TestHttp {

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	public TestHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> post(String path, String user, String password, String contentType, byte[] body) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		return send(auth(b, user, password).build());
	}

	public HttpResponse<String> postJson(String path, String user, String password, String json) {
		return post(path, user, password, "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> putJson(String path, String user, String password, String json) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		return send(auth(b, user, password).build());
	}

	public HttpResponse<String> delete(String path, String user, String password) {
		return send(auth(HttpRequest.newBuilder(URI.create(this.base + path)).DELETE(), user, password).build());
	}

	/**
	 * Any request: {@code contentType} and {@code body} may be null (no header, no body).
	 */
	public HttpResponse<String> send(String method, String path, String user, String password, String contentType,
			byte[] body) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(java.time.Duration.ofSeconds(60))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			b.header("Content-Type", contentType);
		}
		return send(auth(b, user, password).build());
	}

	public HttpResponse<String> get(String path, String user, String password) {
		return send(auth(HttpRequest.newBuilder(URI.create(this.base + path)).GET(), user, password).build());
	}

	private static HttpRequest.Builder auth(HttpRequest.Builder b, String user, String password) {
		if (user != null) {
			b.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return b;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
