package com.gridloop.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One user per role, given to every service under test by {@link TestInfrastructure}
 * (after the test's own users, which win): the user name, its password is the name with
 * {@code -pw}.
 */
public final class TestUsers {

	/** Role to user name. */
	public static final Map<String, String> BY_ROLE;

	static {
		Map<String, String> users = new LinkedHashMap<>();
		users.put("ADMIN", "admin");
		users.put("MARKETER", "marketer");
		users.put("ANALYST", "analyst");
		users.put("ACCOUNT_MANAGER", "manager");
		users.put("TEAM_LEAD", "lead");
		users.put("SYSTEM", "system");
		BY_ROLE = java.util.Collections.unmodifiableMap(users);
	}

	private TestUsers() {
	}

	public static String password(String user) {
		return user + "-pw";
	}

	static Map<String, Object> properties() {
		Map<String, Object> props = new LinkedHashMap<>();
		// Tests are local: plain passwords are allowed.
		props.put("gridloop.security.local-platform", "true");
		BY_ROLE.forEach((role, user) -> {
			props.put("gridloop.security.users." + user + ".password", password(user));
			props.put("gridloop.security.users." + user + ".roles", role);
		});
		return props;
	}

}
