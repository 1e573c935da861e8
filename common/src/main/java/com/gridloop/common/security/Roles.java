package com.gridloop.common.security;

import java.util.Set;

/** The roles GridLoop knows, and expressions for {@code @PreAuthorize}. */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String MARKETER = "MARKETER";

	public static final String ANALYST = "ANALYST";

	public static final String ACCOUNT_MANAGER = "ACCOUNT_MANAGER";

	public static final Set<String> ALL = Set.of(ADMIN, MARKETER, ANALYST, ACCOUNT_MANAGER);

	/** Loads data and manages its quality: data team and administrators. */
	public static final String CAN_LOAD_DATA = "hasAnyRole('ADMIN','ANALYST')";

	/** Designs and launches campaigns. */
	public static final String CAN_RUN_CAMPAIGNS = "hasAnyRole('ADMIN','MARKETER')";

	/** Records what happened when a customer was reached. */
	public static final String CAN_RECORD_OUTCOMES = "hasAnyRole('ADMIN','MARKETER','ACCOUNT_MANAGER')";

	/** Runs analysis jobs such as segmentation. */
	public static final String CAN_RUN_ANALYSIS = "hasAnyRole('ADMIN','ANALYST')";

	private Roles() {
	}

}
