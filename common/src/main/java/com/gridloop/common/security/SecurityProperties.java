package com.gridloop.common.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users a service accepts, by name. Passwords are either encoded with an id prefix
 * ({@code {bcrypt}...}) or plain, for the embedded demo only. Environment variables work
 * too: {@code GRIDLOOP_SECURITY_USERS_ADMIN_PASSWORD}.
 */
@ConfigurationProperties("gridloop.security")
public record SecurityProperties(Map<String, User> users) {

	public SecurityProperties {
		users = users == null ? Map.of() : Map.copyOf(users);
	}

	/** One user: password and roles (from {@link Roles}). */
	public record User(String password, List<String> roles) {

		public User {
			roles = roles == null ? List.of() : List.copyOf(roles);
		}

	}

}
