package com.gridloop.strategy.acquisition;

import com.gridloop.common.web.Problems;

/**
 * Where a page of leads starts: after the lead of this type and key, written
 * {@code <type>:<key>}, the last lead's of the previous page.
 */
record LeadCursor(String type, String key) {

	/** Before every lead. */
	static final LeadCursor START = new LeadCursor("", "");

	static LeadCursor parse(String text) {
		int colon = text.indexOf(':');
		if (colon > 0) {
			String type = text.substring(0, colon);
			for (Lead.LeadType t : Lead.LeadType.values()) {
				if (t.name().equals(type)) {
					return new LeadCursor(type, text.substring(colon + 1));
				}
			}
		}
		throw Problems.badRequest("bad-cursor",
				"after must be <type>:<key> of the last lead read (APPLICATION:<no> or EXPANSION:<customerId>), not '"
						+ text + "'");
	}

}
