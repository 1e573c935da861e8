package com.gridloop.strategy.audience;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one stored snapshot (the JSON text of its tags) into a row of the columns: by
 * the {@link FlatJsonReader} for the flat objects profile publishes, by Jackson for
 * anything else. One per thread.
 */
final class TagJson {

	private final JsonMapper json;

	private final FlatJsonReader flat = new FlatJsonReader();

	TagJson(JsonMapper json) {
		this.json = json;
	}

	/** Writes the customer's snapshot, unless the one held is newer. */
	void apply(TagColumns into, String id, String segment, long at, byte[] tags) {
		if (!into.begin(id, segment, at)) {
			return;
		}
		if (!this.flat.read(tags, into)) {
			general(into, tags);
		}
		into.end();
	}

	private void general(TagColumns into, byte[] tags) {
		try (JsonParser p = this.json.createParser(tags)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				return;
			}
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String tag = p.currentName();
				switch (p.nextToken()) {
					case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> into.number(tag, p.getDoubleValue());
					case VALUE_STRING, VALUE_TRUE, VALUE_FALSE -> into.text(tag, p.getString());
					case START_OBJECT, START_ARRAY -> p.skipChildren();
					default -> {
						// null: the customer has no value
					}
				}
			}
		}
	}

}
