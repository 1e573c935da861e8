package com.gridloop.common.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Marks a field of a response record as personal data: it is written in full to an
 * administrator and to account managers (who only ever reach their own customers), and
 * masked ({@link Masks}) for everyone else. The one place masking happens.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = PersonalDataSerializer.class)
public @interface PersonalData {

	Kind value();

	/** What the value holds, which decides its mask. */
	enum Kind {

		NAME, PHONE, ADDRESS, CERTIFICATE,
		/** A raw source line whose columns are unknown. */
		FREE_TEXT,
		/**
		 * A JSON object kept as text and written raw, whose name, phone, address and
		 * certificate members are masked.
		 */
		JSON_OBJECT

	}

}
