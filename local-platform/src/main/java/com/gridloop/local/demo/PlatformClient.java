package com.gridloop.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.gridloop.local.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the services' REST APIs as their users would, with HTTP Basic as one of the
 * demo users.
 */
public final class PlatformClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Function<String, String> baseUrl;

	private final Duration patience;

	/**
	 * @param baseUrl service name to its base URL
	 */
	public PlatformClient(Function<String, String> baseUrl) {
		this(baseUrl, Duration.ZERO);
	}

	/**
	 * A client that sends a request again, as a user would, while the service is down or
	 * answers 5xx, for up to the given time.
	 * @param baseUrl service name to its base URL
	 * @param patience how long to keep trying one request
	 */
	public PlatformClient(Function<String, String> baseUrl, Duration patience) {
		this.baseUrl = baseUrl;
		this.patience = patience;
	}

	/** Parses JSON text (for fields that carry JSON as a string). */
	public JsonNode json(String text) {
		return JSON.readTree(text);
	}

	public JsonNode get(String service, String path, String user) {
		return send(request(service, path, user).GET().build());
	}

	public JsonNode postJson(String service, String path, String user, Object body) {
		return send(request(service, path, user).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

	/**
	 * Every target of a campaign, read as strategy serves them: page by page, after the
	 * last target read.
	 */
	public List<JsonNode> campaignTargets(String campaignId, String user) {
		List<JsonNode> targets = new ArrayList<>();
		for (String after = "";;) {
			JsonNode page = get("strategy", "/api/v1/campaigns/" + campaignId + "/targets?size=10000" + after, user);
			page.forEach(targets::add);
			if (page.size() < 10000) {
				return targets;
			}
			JsonNode last = page.get(page.size() - 1);
			after = "&after=" + URLEncoder
				.encode(last.get("priority").asInt() + ":" + last.get("customerId").asString(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Streams a body of unknown length (chunked), for uploads that never sit in memory.
	 */
	public JsonNode postStream(String service, String path, String user, String contentType,
			Supplier<InputStream> body) {
		return send(request(service, path, user).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofInputStream(body))
			.build());
	}

	/** Polls until the condition holds on the answer, or fails after the timeout. */
	public JsonNode await(String service, String path, String user, Predicate<JsonNode> condition, Duration timeout,
			String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		JsonNode last = null;
		while (System.nanoTime() < deadline) {
			last = get(service, path, user);
			if (condition.test(last)) {
				return last;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s waiting for " + what
				+ "; last answer from " + service + path + ": " + last);
	}

	private HttpRequest.Builder request(String service, String path, String user) {
		String token = Base64.getEncoder()
			.encodeToString((user + ":" + DemoUsers.password(user)).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(this.baseUrl.apply(service) + path))
			.header("Authorization", "Basic " + token)
			.header("Accept", "application/json");
	}

	private JsonNode send(HttpRequest request) {
		long deadline = System.nanoTime() + this.patience.toNanos();
		while (true) {
			try {
				return sendOnce(request);
			}
			catch (Unavailable ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/** No answer, or a 5xx one: the service may be down for a moment. */
	private static final class Unavailable extends IllegalStateException {

		Unavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private JsonNode sendOnce(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 500) {
				throw new Unavailable(request.method() + " " + request.uri() + " answered " + response.statusCode()
						+ ": " + response.body(), null);
			}
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new Unavailable(request.method() + " " + request.uri() + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
