package com.gridloop.strategy.campaign;

import java.util.Locale;

import com.gridloop.common.tags.TagCondition;
import com.gridloop.strategy.offer.Channel;

/** Customers' channel preferences and older audience conditions, in today's terms. */
final class Channels {

	private Channels() {
	}

	/**
	 * The channel a {@code preferred_channel} tag names: the app, WeChat, SMS, a call or
	 * a visit; nothing for a counter or a bank, which reach cannot use.
	 */
	static Channel fromPreference(String preferred) {
		String p = preferred.toUpperCase(Locale.ROOT);
		if (p.contains("APP")) {
			return Channel.APP_PUSH;
		}
		if (p.contains("WECHAT") || p.contains("微信")) {
			return Channel.WECHAT;
		}
		if (p.contains("SMS") || p.contains("短信")) {
			return Channel.SMS;
		}
		if (p.contains("CALL") || p.contains("PHONE") || p.contains("电话")) {
			return Channel.OUTBOUND_CALL;
		}
		if (p.contains("VISIT") || p.contains("MANAGER") || p.contains("COUNTER") || p.contains("营业厅")) {
			return Channel.MANAGER_VISIT;
		}
		return null;
	}

	/** An older audience condition written in the rule language. */
	static String conditionAsRule(TagCondition c) {
		String symbol = switch (c.op()) {
			case GT -> ">";
			case GE -> ">=";
			case LT -> "<";
			case LE -> "<=";
			case EQ -> "=";
			case NE -> "!=";
		};
		String value = c.value().trim();
		boolean number = value.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
		return c.tag() + " " + symbol + " " + (number ? value : "'" + value.replace("'", "''") + "'");
	}

}
