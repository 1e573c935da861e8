package com.gridloop.ingestion.connection;

import java.util.Map;

/**
 * The kinds and states of connection applications as business systems write them (Chinese
 * labels or the standard codes), and their standard codes.
 */
final class ApplicationCodes {

	/** 报装 (a new connection) or 增容 (more capacity on an existing one). */
	static final Map<String, String> KINDS = Map.of("新装", "NEW", "报装", "NEW", "NEW", "NEW", "增容", "EXPANSION",
			"EXPANSION", "EXPANSION");

	/** Where the application stands. */
	static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("受理", "SUBMITTED"),
			Map.entry("已受理", "SUBMITTED"), Map.entry("SUBMITTED", "SUBMITTED"), Map.entry("审批通过", "APPROVED"),
			Map.entry("已审批", "APPROVED"), Map.entry("APPROVED", "APPROVED"), Map.entry("已接电", "CONNECTED"),
			Map.entry("已送电", "CONNECTED"), Map.entry("CONNECTED", "CONNECTED"), Map.entry("已撤销", "WITHDRAWN"),
			Map.entry("撤销", "WITHDRAWN"), Map.entry("WITHDRAWN", "WITHDRAWN"));

	private ApplicationCodes() {
	}

}
