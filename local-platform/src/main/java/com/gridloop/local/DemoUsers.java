package com.gridloop.local;

import java.util.LinkedHashMap;
import java.util.Map;

import com.gridloop.common.security.Roles;
import com.gridloop.datagen.AccountManagers;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users the embedded platform ships with, printed at start. For a laptop, never for
 * production.
 */
public final class DemoUsers {

	/** User name to {password, role}. */
	public static final Map<String, String[]> USERS;

	static {
		Map<String, String[]> users = new LinkedHashMap<>();
		users.put("admin", new String[] { "admin-demo", "ADMIN" });
		users.put("marketer", new String[] { "marketer-demo", "MARKETER" });
		users.put("analyst", new String[] { "analyst-demo", "ANALYST" });
		users.put("manager", new String[] { "manager-demo", "ACCOUNT_MANAGER" });
		// The business system that reports conversions (source BUSINESS_SYSTEM).
		users.put("system", new String[] { "system-demo", Roles.SYSTEM });
		// Account managers log in with their staff no.: these exist in the generated
		// managers file.
		users.put(AccountManagers.DEMO_MANAGER, new String[] { "km-demo", Roles.ACCOUNT_MANAGER });
		users.put(AccountManagers.DEMO_TEAM_LEAD, new String[] { "kz-demo", Roles.TEAM_LEAD });
		USERS = java.util.Collections.unmodifiableMap(users);
	}

	private DemoUsers() {
	}

	public static String password(String user) {
		return USERS.get(user)[0];
	}

	/**
	 * As Spring properties for every service: the passwords hashed with bcrypt (cost 4: a
	 * demo checks one on every request), and the local platform's leniency (known default
	 * passwords accepted).
	 */
	static Map<String, String> properties() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		Map<String, String> props = new LinkedHashMap<>();
		props.put("gridloop.security.local-platform", "true");
		USERS.forEach((name, v) -> {
			props.put("gridloop.security.users." + name + ".password", "{bcrypt}" + bcrypt.encode(v[0]));
			props.put("gridloop.security.users." + name + ".roles", v[1]);
		});
		return props;
	}

}
