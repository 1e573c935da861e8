package com.gridloop.common.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The roles GridLoop knows, and the groups of roles that {@link EndpointAccess} rules
 * grant.
 */
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

	/**
	 * A business system (the marketing or billing system) that reports what customers
	 * did: the only role that may record an outcome with source BUSINESS_SYSTEM.
	 */
	public static final String SYSTEM = "SYSTEM";

	public static final Set<String> ALL = Set.of(ADMIN, MARKETER, ANALYST, ACCOUNT_MANAGER, TEAM_LEAD, SYSTEM);

	/** Administrators only: audit, erasure. */
	public static final List<String> ADMIN_ONLY = List.of(ADMIN);

	/** Loads data and manages its quality: data team and administrators. */
	public static final List<String> CAN_LOAD_DATA = List.of(ADMIN, ANALYST);

	/** Designs and launches campaigns. */
	public static final List<String> CAN_RUN_CAMPAIGNS = List.of(ADMIN, MARKETER);

	/** Records what happened when a customer was reached. */
	public static final List<String> CAN_RECORD_OUTCOMES = List.of(ADMIN, MARKETER, ACCOUNT_MANAGER, SYSTEM);

	/**
	 * Reads acquisition leads and growth areas, previews audiences: marketing, analysts
	 * and administrators.
	 */
	public static final List<String> CAN_READ_LEADS = List.of(ADMIN, MARKETER, ANALYST);

	/** Reads and simulates without changing anything: every person's role. */
	public static final List<String> ANY_ROLE = List.of(ADMIN, MARKETER, ANALYST, ACCOUNT_MANAGER, TEAM_LEAD);

	/**
	 * Works a call list: an account manager their own, a team lead the team's. Which
	 * tasks a user may see is checked per task, not by role alone.
	 */
	public static final List<String> CAN_WORK_CALL_LISTS = List.of(ACCOUNT_MANAGER, TEAM_LEAD);

	/** Runs analysis jobs such as segmentation. */
	public static final List<String> CAN_RUN_ANALYSIS = List.of(ADMIN, ANALYST);

	private Roles() {
	}

	/** Whether the user holds the role. */
	public static boolean has(Authentication user, String role) {
		if (user == null) {
			return false;
		}
		String authority = "ROLE_" + role;
		for (GrantedAuthority a : user.getAuthorities()) {
			if (authority.equals(a.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the user works on their own customers only: an account manager or team lead
	 * without a wider role.
	 */
	public static boolean ownCustomersOnly(Authentication user) {
		return (has(user, ACCOUNT_MANAGER) || has(user, TEAM_LEAD)) && !has(user, ADMIN) && !has(user, MARKETER)
				&& !has(user, ANALYST);
	}

}
