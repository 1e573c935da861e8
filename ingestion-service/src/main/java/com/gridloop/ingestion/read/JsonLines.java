package com.gridloop.ingestion.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sources as JSON lines (one object per line, as head-ends and streaming topics send
 * them): how a file is recognised as such, and a line's fields in column order, found
 * under any accepted name or its camel-case form.
 */
final class JsonLines {

	private JsonLines() {
	}

	/**
	 * Whether the file's first character that is not white space or a byte order mark
	 * opens a JSON object.
	 */
	static boolean sniff(Path file, Charset charset) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4096);
			String text = new String(head, charset);
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\uFEFF' || Character.isWhitespace(c)) {
					continue;
				}
				return c == '{';
			}
			return false;
		}
	}

	/**
	 * The line's values of the columns, empty where absent, found under any accepted name
	 * or its camel-case form; null when the line is not a JSON object.
	 */
	static List<String> fields(JsonMapper json, String line, List<String> columns, Map<String, List<String>> accepted) {
		JsonNode node;
		try {
			node = json.readTree(line);
		}
		catch (JacksonException ex) {
			return null;
		}
		if (node == null || !node.isObject()) {
			return null;
		}
		List<String> out = new ArrayList<>(columns.size());
		for (String column : columns) {
			out.add(value(node, accepted.getOrDefault(column, List.of(column))));
		}
		return out;
	}

	private static String value(JsonNode node, List<String> names) {
		for (String name : names) {
			for (String key : new String[] { name, camel(name) }) {
				JsonNode v = node.get(key);
				if (v != null && !v.isNull()) {
					return v.isString() ? v.asString() : v.toString();
				}
			}
		}
		return "";
	}

	/** {@code meter_no} as {@code meterNo}. */
	static String camel(String snake) {
		StringBuilder b = new StringBuilder(snake.length());
		boolean upper = false;
		for (int i = 0; i < snake.length(); i++) {
			char c = snake.charAt(i);
			if (c == '_') {
				upper = true;
			}
			else {
				b.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return b.toString();
	}

}
