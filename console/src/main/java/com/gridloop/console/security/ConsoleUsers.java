package com.gridloop.console.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users of the platform as every service reads them
 * ({@code gridloop.security.users.<name>.password/roles}).
 */
@ConfigurationProperties("gridloop.security")
public record ConsoleUsers(Map<String, User> users) {

	/** The roles the platform knows. */
	public static final Set<String> ROLES = Set.of("ADMIN", "MARKETER", "ANALYST", "ACCOUNT_MANAGER", "TEAM_LEAD");

	public ConsoleUsers {
		users = users == null ? Map.of() : Map.copyOf(users);
	}

	/** One user: password (plain for the demo, or {@code {bcrypt}...}) and roles. */
	public record User(String password, List<String> roles) {

		public User {
			roles = roles == null ? List.of() : List.copyOf(roles);
		}

	}

}
