package com.gridloop.strategy.campaign;

import java.util.Arrays;
import java.util.List;

import com.gridloop.common.tags.TagCondition;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** Stores an audience rule as JSON text. */
@Converter
class AudienceConverter implements AttributeConverter<List<TagCondition>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(List<TagCondition> audience) {
		return JSON.writeValueAsString(audience);
	}

	@Override
	public List<TagCondition> convertToEntityAttribute(String text) {
		return Arrays.asList(JSON.readValue(text, TagCondition[].class));
	}

}
