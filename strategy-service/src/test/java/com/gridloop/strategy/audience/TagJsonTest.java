package com.gridloop.strategy.audience;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots read into columns: the fast reader for flat objects and the general parser
 * for the rest give the values JSON means.
 */
class TagJsonTest {

	private final TagColumns columns = new TagColumns(4);

	private final TagJson reader = new TagJson(JsonMapper.builder().build());

	@Test
	void numbersAndTextsAsWritten() {
		Map<String, Object> tags = read("""
				{"a": 0.1, "b": -12.3456, "c": 42, "d": 1e3, "e": -2.5E-3, "f": 12345678901234567890,
				 "g": "RESIDENTIAL", "h": "", "i": true, "j": null, "k": 0.30000000000000004, "l": "湖北"}""");
		assertThat(tags).containsEntry("a", 0.1)
			.containsEntry("b", -12.3456)
			.containsEntry("c", 42.0)
			.containsEntry("d", 1000.0)
			.containsEntry("e", -0.0025)
			.containsEntry("f", 1.2345678901234567e19)
			.containsEntry("g", "RESIDENTIAL")
			.containsEntry("h", "")
			.containsEntry("i", "true")
			.containsEntry("k", 0.30000000000000004)
			.containsEntry("l", "湖北")
			.doesNotContainKey("j");
	}

	@Test
	void escapesAndNestedValuesGoThroughTheGeneralParser() {
		assertThat(read("{\"name\": \"O\\\"Brien\\u00e9\", \"n\": 1}")).containsEntry("name", "O\"Brien\u00e9")
			.containsEntry("n", 1.0);
		assertThat(read("{\"nested\": {\"x\": 1}, \"list\": [1, 2], \"n\": 2}")).containsOnlyKeys("n");
		assertThat(read("{}")).isEmpty();
	}

	@Test
	void aRowReadAgainKeepsOnlyItsNewTags() {
		read("{\"a\": 1, \"b\": \"x\"}");
		assertThat(read("{\"b\": \"y\"}")).containsOnlyKeys("b").containsEntry("b", "y");
	}

	private Map<String, Object> read(String json) {
		this.reader.apply(this.columns, "c1", null, 1, json.getBytes(StandardCharsets.UTF_8), false);
		return new ColumnMember(this.columns, 0).tags();
	}

}
