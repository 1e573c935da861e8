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

	private final Interner texts = new Interner();

	private final FlatJsonReader flat = new FlatJsonReader(this.texts);

	TagJson(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Writes the customer's snapshot, unless the one held is newer.
	 * @param segment the segment code's UTF-8 bytes, or null
	 * @param added whether the customer is known to be new to the columns (a full load
	 * reads each customer once), which spares looking it up
	 */
	void apply(TagColumns into, String id, byte[] segment, long at, byte[] tags, boolean added) {
		String code = segment == null ? null : this.texts.text(segment, 0, segment.length);
		if (added) {
			into.beginAdded(id, code, at);
		}
		else if (!into.begin(id, code, at)) {
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
