package com.gridloop.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The malformed requests {@link EndpointFuzz} sends to one operation of an OpenAPI
 * document. A well-formed request is built from the operation's schemas (every parameter
 * and body field given a plausible value), then broken one way at a time: every
 * whole-body case (broken and deeply nested JSON, odd documents, no body, wrong content
 * types), and a bounded, seeded random choice of single parameters and single body fields
 * replaced by a {@link FuzzValues malformed value}.
 */
final class FuzzRequests {

	/**
	 * One request; {@code refused} when no endpoint may accept it (it must get a 4xx, not
	 * merely no 5xx).
	 */
	record Request(String method, String path, String contentType, byte[] body, String what, boolean refused) {

	}

	private static final String MARK = "@@fuzz@@";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonMapper json = JsonMapper.builder().build();

	private final JsonNode schemas;

	private final Map<String, String> samples;

	FuzzRequests(JsonNode doc, Map<String, String> samples) {
		this.schemas = doc.path("components").path("schemas");
		this.samples = samples;
	}

	List<Request> of(String method, String template, JsonNode operation, Random random, int extra) {
		Map<String, String> path = new LinkedHashMap<>();
		Map<String, String> query = new LinkedHashMap<>();
		List<String> optional = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			String name = parameter.path("name").asString();
			String value = this.samples.getOrDefault(name, plain(sample(parameter.path("schema"), 0)));
			switch (parameter.path("in").asString()) {
				case "path" -> path.put(name, value);
				case "query" -> {
					if (parameter.path("required").asBoolean(false)) {
						query.put(name, value);
					}
					else {
						optional.add(name);
					}
				}
				default -> {
				}
			}
		}
		JsonNode content = operation.path("requestBody").path("content");
		boolean required = operation.path("requestBody").path("required").asBoolean(false);
		String type = content.propertyNames().stream().findFirst().orElse(null);
		JsonNode body = type == null ? null : sample(content.path(type).path("schema"), 0);
		String base = url(template, path, query);
		List<Request> requests = new ArrayList<>();
		requests.add(withBody(method, base, type, body, "a plausible request", false));
		path.keySet()
			.forEach(name -> values(FuzzValues.PARAMETERS, FuzzValues.CORE_PARAMETERS, random, extra).forEach(v -> {
				Map<String, String> changed = new LinkedHashMap<>(path);
				changed.put(name, v);
				requests.add(withBody(method, url(template, changed, query), type, body, "path " + name + "=" + cut(v),
						false));
			}));
		List<String> queried = new ArrayList<>(query.keySet());
		queried.addAll(optional);
		queried.forEach(name -> values(FuzzValues.PARAMETERS, FuzzValues.CORE_PARAMETERS, random, extra).forEach(v -> {
			Map<String, String> changed = new LinkedHashMap<>(query);
			changed.put(name, v);
			requests
				.add(withBody(method, url(template, path, changed), type, body, "query " + name + "=" + cut(v), false));
		}));
		if (type != null && isJson(type)) {
			for (List<Object> field : fields(body, new ArrayList<>(), new ArrayList<>())) {
				for (String v : values(FuzzValues.JSON, FuzzValues.CORE_JSON, random, extra)) {
					requests
						.add(raw(method, base, type, mutate(body, field, v), "field " + field + "=" + cut(v), false));
				}
			}
			FuzzValues.REFUSED_JSON
				.forEach(v -> requests.add(raw(method, base, type, v, "body " + cut(v), required || !v.isBlank())));
			FuzzValues.ODD_JSON.forEach(v -> requests.add(raw(method, base, type, v, "body " + cut(v), false)));
			requests.add(raw(method, base, "text/plain", this.json.writeValueAsString(body), "as text/plain", true));
			requests.add(raw(method, base, "application/xml", "<a>1</a>", "as application/xml", true));
			requests.add(raw(method, base, null, this.json.writeValueAsString(body), "without a content type", true));
		}
		else if (type != null) {
			for (String each : content.propertyNames()) {
				fileCases(requests, method, base, each);
			}
		}
		else if (!method.equals("GET") && !method.equals("DELETE")) {
			requests.add(raw(method, base, "application/json", "[".repeat(10_000), "an unexpected body", false));
		}
		return requests;
	}

	/** The core values and {@code extra} more drawn from the rest. */
	private static List<String> values(List<String> all, List<String> core, Random random, int extra) {
		List<String> rest = new ArrayList<>(all);
		rest.removeAll(core);
		Collections.shuffle(rest, random);
		List<String> chosen = new ArrayList<>(core);
		chosen.addAll(rest.subList(0, Math.min(extra, rest.size())));
		return chosen;
	}

	/**
	 * Files of odd lines (NUL, right-to-left marks, emoji, a number past double) as the
	 * type given, empty, broken, and as a form without boundary or an unknown type.
	 */
	private static void fileCases(List<Request> requests, String method, String base, String type) {
		String lines = "id,name,phone\r\n1,a\u0000b,1e309\r\n\u202E,\uD83D\uDE00,-1\r\n";
		String part = "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\u5f20.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + lines + "--fuzz--\r\n";
		boolean multipart = type.startsWith("multipart/");
		String sent = multipart ? "multipart/form-data; boundary=fuzz" : type;
		requests.add(raw(method, base, sent, multipart ? part : lines, "a file of odd lines as " + type, false));
		requests.add(raw(method, base, sent, "", "an empty body as " + type, false));
		requests.add(raw(method, base, sent, "--nope\r\n\u0000\u00ff", "a broken body as " + type, false));
		if (multipart) {
			requests.add(raw(method, base, "multipart/form-data", part, "a form without boundary", false));
			requests.add(raw(method, base, "application/x-unknown", "x", "an unknown content type", false));
		}
	}

	private Request withBody(String method, String url, String type, JsonNode body, String what, boolean refused) {
		return raw(method, url, type, body == null ? null : this.json.writeValueAsString(body), what, refused);
	}

	private static Request raw(String method, String url, String type, String body, String what, boolean refused) {
		return new Request(method, url, type, body == null ? null : body.getBytes(StandardCharsets.UTF_8), what,
				refused);
	}

	private String mutate(JsonNode body, List<Object> field, String value) {
		JsonNode copy = body.deepCopy();
		JsonNode parent = copy;
		for (Object step : field.subList(0, field.size() - 1)) {
			parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
		}
		Object last = field.get(field.size() - 1);
		if (last instanceof Integer i) {
			((ArrayNode) parent).set(i, NODES.stringNode(MARK));
		}
		else {
			((ObjectNode) parent).set((String) last, NODES.stringNode(MARK));
		}
		return this.json.writeValueAsString(copy).replace("\"" + MARK + "\"", value);
	}

	/** The route to every node below the root, parents before children. */
	private static List<List<Object>> fields(JsonNode node, List<Object> route, List<List<Object>> into) {
		if (node == null) {
			return into;
		}
		if (!route.isEmpty()) {
			into.add(List.copyOf(route));
		}
		if (node.isObject()) {
			node.propertyNames().forEach(name -> {
				route.add(name);
				fields(node.get(name), route, into);
				route.remove(route.size() - 1);
			});
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				route.add(i);
				fields(node.get(i), route, into);
				route.remove(route.size() - 1);
			}
		}
		return into;
	}

	/** A plausible value for a schema: its first enum value, a fresh UUID, a date. */
	private JsonNode sample(JsonNode schema, int depth) {
		if (schema.has("$ref")) {
			String ref = schema.get("$ref").asString();
			return depth > 6 ? NODES.nullNode()
					: sample(this.schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
		}
		for (String any : List.of("oneOf", "anyOf", "allOf")) {
			if (schema.path(any).size() > 0) {
				return sample(schema.path(any).get(0), depth);
			}
		}
		if (schema.path("enum").size() > 0) {
			return schema.path("enum").get(0);
		}
		String format = schema.path("format").asString("");
		return switch (schema.path("type").asString("object")) {
			case "string" -> NODES.stringNode(switch (format) {
				case "uuid" -> UUID.nameUUIDFromBytes(schema.toString().getBytes(StandardCharsets.UTF_8)).toString();
				case "date" -> "2026-01-15";
				case "date-time" -> "2026-01-15T10:00:00Z";
				default -> "fuzz";
			});
			case "integer" -> NODES.numberNode(1);
			case "number" -> NODES.numberNode(1.5);
			case "boolean" -> NODES.booleanNode(true);
			case "array" -> NODES.arrayNode().add(sample(schema.path("items"), depth + 1));
			default -> {
				ObjectNode object = NODES.objectNode();
				schema.path("properties")
					.properties()
					.forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth)));
				yield object;
			}
		};
	}

	private static String plain(JsonNode value) {
		return value.isValueNode() ? value.asString() : "1";
	}

	private static boolean isJson(String type) {
		return type.contains("json") && !type.contains("ndjson") && !type.contains("json-lines")
				&& !type.contains("jsonl");
	}

	private static String url(String template, Map<String, String> path, Map<String, String> query) {
		String url = template;
		for (Map.Entry<String, String> p : path.entrySet()) {
			url = url.replace("{" + p.getKey() + "}", encode(p.getValue()));
		}
		StringBuilder b = new StringBuilder(url);
		query.forEach((k, v) -> b.append(b.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(encode(v)));
		return b.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String cut(String value) {
		String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
		return shown.replace("\u0000", "\\0");
	}

}
