package com.gridloop.console.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The console's pages, each with the roles that may open it. The navigation shows a user
 * only their pages and the security rules are built from the same list, so a page hidden
 * from a role is also closed to it. A page is listed here only once it works.
 */
public enum Page {

	HOME("/", "nav.home", "ADMIN", "MARKETER", "ANALYST", "ACCOUNT_MANAGER", "TEAM_LEAD"),

	CALLS("/calls", "nav.calls", "ACCOUNT_MANAGER", "TEAM_LEAD"),

	SEGMENTS("/segments", "nav.segments", "ADMIN", "MARKETER", "ANALYST"),

	CUSTOMERS("/customers", "nav.customers", "ADMIN", "MARKETER", "ANALYST"),

	TAGS("/tags", "nav.tags", "ADMIN", "MARKETER", "ANALYST"),

	CAMPAIGNS("/campaigns", "nav.campaigns", "ADMIN", "MARKETER", "ANALYST"),

	WIZARD("/campaigns/new", "nav.wizard", "ADMIN", "MARKETER"),

	DATA("/data", "nav.data", "ADMIN", "ANALYST"),

	IDENTITY("/identity", "nav.identity", "ADMIN", "ANALYST"),

	JOBS("/jobs", "nav.jobs", "ADMIN", "ANALYST");

	private final String path;

	private final String messageKey;

	private final Set<String> roles;

	Page(String path, String messageKey, String... roles) {
		this.path = path;
		this.messageKey = messageKey;
		this.roles = Set.of(roles);
	}

	public String path() {
		return this.path;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String[] roles() {
		return this.roles.toArray(String[]::new);
	}

	public boolean openTo(Collection<String> userRoles) {
		return userRoles.stream().anyMatch(this.roles::contains);
	}

	/** The pages a user with these roles sees, in navigation order. */
	public static List<Page> visibleTo(Collection<String> userRoles) {
		return Arrays.stream(values()).filter(p -> p.openTo(userRoles)).toList();
	}

}
