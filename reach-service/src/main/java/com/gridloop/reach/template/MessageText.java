package com.gridloop.reach.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Renders a template's variables into a message and measures an SMS: the signature
 * 【国网湖北电力】 and the unsubscribe text 回TD退订 are part of the count, 70 characters per
 * segment.
 */
public final class MessageText {

	/** The sender's signature every SMS starts with. */
	public static final String SMS_SIGNATURE = "【国网湖北电力】";

	/** How an SMS tells the customer to unsubscribe. */
	public static final String UNSUBSCRIBE = "回TD退订";

	/** Characters per SMS segment, Chinese or not. */
	public static final int SMS_SEGMENT = 70;

	private static final String NO_NAME = "尊敬的客户";

	private static final Map<String, String> UNITS = Map.of("yuan/year", "元", "yuan/year at risk", "元", "yuan", "元",
			"kWh/year", "千瓦时", "kVA", "千伏安", "kvar", "千乏", "kWp", "千瓦");

	private MessageText() {
	}

	/**
	 * A masked name: the family name and one * per other character; 尊敬的客户 when unknown.
	 */
	public static String mask(String name) {
		if (name == null || name.isBlank()) {
			return NO_NAME;
		}
		String trimmed = name.strip();
		int first = trimmed.offsetByCodePoints(0, 1);
		return trimmed.substring(0, first) + "*".repeat(trimmed.codePointCount(first, trimmed.length()));
	}

	/** An amount with its Chinese unit, whole numbers without decimals ("300元"). */
	public static String benefit(Double quantity, String unit) {
		if (quantity == null || quantity <= 0) {
			return "相应优惠";
		}
		BigDecimal q = BigDecimal.valueOf(quantity)
			.setScale(quantity >= 10 ? 0 : 1, RoundingMode.HALF_UP)
			.stripTrailingZeros();
		String zh = unit == null ? "" : UNITS.getOrDefault(unit, unit);
		return q.toPlainString() + zh;
	}

	/** The template with its variables filled in; an SMS gains its signature. */
	public static String render(String template, String channel, String maskedName, String benefit, String tariff) {
		String body = template.replace("{name}", maskedName)
			.replace("{benefit}", benefit)
			.replace("{tariff}", tariff)
			.replace("{unsubscribe}", "SMS".equals(channel) ? UNSUBSCRIBE : "");
		return "SMS".equals(channel) ? SMS_SIGNATURE + body : body;
	}

	/** Characters as the operator counts them: code points. */
	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/** SMS segments the text takes: 70 characters each. */
	public static int segments(String text) {
		return Math.max(1, (length(text) + SMS_SEGMENT - 1) / SMS_SEGMENT);
	}

}
