package com.gridloop.strategy.campaign;

import com.gridloop.common.web.Problems;

/**
 * Where a page of targets starts: after the target with this priority and customer id.
 * Written {@code <priority>:<customerId>}, the last target's of the previous page.
 */
record TargetCursor(int priority, String customerId) {

	/**
	 * Before every target: priorities start at 1 and every customer id sorts after the
	 * empty one.
	 */
	static final TargetCursor START = new TargetCursor(Integer.MIN_VALUE, "");

	static TargetCursor parse(String text) {
		int colon = text.indexOf(':');
		try {
			if (colon > 0) {
				return new TargetCursor(Integer.parseInt(text.substring(0, colon)), text.substring(colon + 1));
			}
		}
		catch (NumberFormatException ex) {
			// Reported below like any other malformed cursor.
		}
		throw Problems.badRequest("bad-cursor",
				"after must be <priority>:<customerId> of the last target read, not '" + text + "'");
	}

}
