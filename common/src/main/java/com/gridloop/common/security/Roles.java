package com.gridloop.common.security;

import java.util.Set;

/** The roles GridLoop knows, and expressions for {@code @PreAuthorize}. */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String MARKETER = "MARKETER";

	public static final String ANALYST = "ANALYST";

	public static final String ACCOUNT_MANAGER = "ACCOUNT_MANAGER";

	/**
	 * Leads a team of account managers: reads the team's call lists. The user name is the
	 * lead's staff no., as for a manager.
	 */
	public static final String TEAM_LEAD = "TEAM_LEAD";

	public static final Set<String> ALL = Set.of(ADMIN, MARKETER, ANALYST, ACCOUNT_MANAGER, TEAM_LEAD);

	/** Loads data and manages its quality: data team and administrators. */
	public static final String CAN_LOAD_DATA = "hasAnyRole('ADMIN','ANALYST')";

	/** Designs and launches campaigns. */
	public static final String CAN_RUN_CAMPAIGNS = "hasAnyRole('ADMIN','MARKETER')";

	/** Records what happened when a customer was reached. */
	public static final String CAN_RECORD_OUTCOMES = "hasAnyRole('ADMIN','MARKETER','ACCOUNT_MANAGER')";

	/**
	 * Reads acquisition leads and growth areas: marketing, analysts and administrators.
	 */
	public static final String CAN_READ_LEADS = "hasAnyRole('ADMIN','MARKETER','ANALYST')";

	/** Reads and simulates without changing anything: every role. */
	public static final String ANY_ROLE = "hasAnyRole('ADMIN','MARKETER','ANALYST','ACCOUNT_MANAGER','TEAM_LEAD')";

	/**
	 * Works a call list: an account manager their own, a team lead the team's. Which
	 * tasks a user may see is checked per task, not by role alone.
	 */
	public static final String CAN_WORK_CALL_LISTS = "hasAnyRole('ACCOUNT_MANAGER','TEAM_LEAD')";

	/** Runs analysis jobs such as segmentation. */
	public static final String CAN_RUN_ANALYSIS = "hasAnyRole('ADMIN','ANALYST')";

	private Roles() {
	}

}
