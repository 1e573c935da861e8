package com.gridloop.common.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gridloop.common.security.Roles;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes a {@link PersonalData} value in full or masked, by the user of the current
 * request. Without a user (a background job) it masks.
 */
public final class PersonalDataSerializer extends StdSerializer<Object> {

	private static final Pattern JSON_MEMBER = Pattern
		.compile("\"(name|phone|address|certNo|certificateNo|contactName)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final PersonalData.Kind kind;

	public PersonalDataSerializer() {
		this(PersonalData.Kind.FREE_TEXT);
	}

	private PersonalDataSerializer(PersonalData.Kind kind) {
		super(Object.class);
		this.kind = kind;
	}

	@Override
	public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
		PersonalData annotation = property == null ? null : property.getAnnotation(PersonalData.class);
		return annotation == null ? this : new PersonalDataSerializer(annotation.value());
	}

	@Override
	public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
		String text = value.toString();
		String shown = readsInFull() ? text : mask(this.kind, text);
		if (this.kind == PersonalData.Kind.JSON_OBJECT) {
			gen.writeRawValue(shown);
		}
		else {
			gen.writeString(shown);
		}
	}

	/**
	 * Whether the current user reads personal data in full: an administrator, or an
	 * account manager or team lead (whose every customer-scoped endpoint enforces
	 * ownership).
	 */
	public static boolean readsInFull() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return Roles.has(user, Roles.ADMIN) || Roles.ownCustomersOnly(user);
	}

	static String mask(PersonalData.Kind kind, String text) {
		return switch (kind) {
			case NAME -> Masks.name(text);
			case PHONE -> Masks.phone(text);
			case ADDRESS -> Masks.address(text);
			case CERTIFICATE -> Masks.certificate(text);
			case FREE_TEXT -> Masks.freeText(text);
			case JSON_OBJECT -> JSON_MEMBER.matcher(text).replaceAll(m -> {
				String masked = switch (m.group(1)) {
					case "phone" -> Masks.phone(m.group(2));
					case "address" -> Masks.address(m.group(2));
					case "certNo", "certificateNo" -> Masks.certificate(m.group(2));
					default -> Masks.name(m.group(2));
				};
				return Matcher.quoteReplacement("\"" + m.group(1) + "\":\"" + masked + "\"");
			});
		};
	}

}
