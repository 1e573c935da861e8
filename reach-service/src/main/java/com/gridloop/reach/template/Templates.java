package com.gridloop.reach.template;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The message templates per offer and channel, and the offers' Chinese names; an offer
 * without a template of its own for a channel uses the channel's general one ('*').
 */
@Service
public class Templates {

	/** A message ready to send: its text, length and SMS segments. */
	public record Rendered(String offerCode, String channel, String text, int length, int segments,
			boolean withinLimit) {
	}

	/** What fills a template's variables. */
	public record Variables(String name, Double benefitQuantity, String benefitUnit) {
	}

	private final JdbcClient jdbc;

	private final int maxSmsSegments;

	Templates(JdbcClient jdbc, @Value("${gridloop.reach.templates.max-sms-segments:2}") int maxSmsSegments) {
		this.jdbc = jdbc;
		this.maxSmsSegments = maxSmsSegments;
	}

	/** The catalogue as it is now: read once per batch of messages. */
	public Catalogue catalogue() {
		Map<String, String> bodies = new HashMap<>();
		this.jdbc.sql("select offer_code, channel, body from message_template").query(rs -> {
			bodies.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
		});
		Map<String, String> names = new HashMap<>();
		this.jdbc.sql("select offer_code, name_zh from offer_name").query(rs -> {
			names.put(rs.getString(1), rs.getString(2));
		});
		return new Catalogue(bodies, names, this.maxSmsSegments);
	}

	/** Templates and offer names read at one moment. */
	public record Catalogue(Map<String, String> bodies, Map<String, String> names, int maxSmsSegments) {

		/**
		 * The message for an offer on a channel, or null when no template serves the
		 * channel.
		 */
		public Rendered render(String offerCode, String channel, Variables v) {
			String body = this.bodies.getOrDefault(offerCode + "|" + channel, this.bodies.get("*|" + channel));
			if (body == null) {
				return null;
			}
			String text = MessageText.render(body, channel, MessageText.mask(v.name()),
					MessageText.benefit(v.benefitQuantity(), v.benefitUnit()),
					this.names.getOrDefault(offerCode, "优惠服务"));
			int segments = "SMS".equals(channel) ? MessageText.segments(text) : 1;
			return new Rendered(offerCode, channel, text, MessageText.length(text), segments,
					segments <= this.maxSmsSegments);
		}

	}

}
