package com.gridloop.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the five services over real HTTP in the console's own tests: answers set
 * per path, and a record of each request's path and Authorization header.
 */
final class StubServices implements AutoCloseable {

	record Answer(int status, String contentType, String body) {
	}

	record Request(String method, String path, String authorization, String body) {
	}

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	final List<Request> requests = new CopyOnWriteArrayList<>();

	StubServices() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().toString();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.requests.add(new Request(exchange.getRequestMethod(), path,
					exchange.getRequestHeaders().getFirst("Authorization"), body));
			Answer answer = this.answers.getOrDefault(exchange.getRequestMethod() + " " + path, new Answer(404,
					"application/problem+json", "{\"status\":404,\"detail\":\"No stub for " + path + "\"}"));
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", answer.contentType());
			exchange.sendResponseHeaders(answer.status(), bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	void answer(String methodAndPath, int status, String json) {
		this.answers.put(methodAndPath,
				new Answer(status, status < 400 ? "application/json" : "application/problem+json", json));
	}

	void answerFile(String methodAndPath, String contentType, String body) {
		this.answers.put(methodAndPath, new Answer(200, contentType, body));
	}

	void reset() {
		this.answers.clear();
		this.requests.clear();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
