package com.gridloop.common.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users of {@code gridloop.security.users}. Outside the local platform a password
 * must be hashed ({@code {bcrypt}...}) and must not be a known default: the service
 * refuses to start otherwise.
 */
public final class ConfiguredUsers {

	private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);

	/**
	 * Passwords shipped in examples, compose files and the demo, and the usual guesses.
	 */
	static final Set<String> KNOWN_DEFAULTS = Set.of("change-me", "changeme", "password", "admin", "secret", "postgres",
			"gridloop", "admin-demo", "marketer-demo", "analyst-demo", "manager-demo", "system-demo", "km-demo",
			"kz-demo");

	private ConfiguredUsers() {
	}

	public static InMemoryUserDetailsManager load(SecurityProperties properties) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		List<UserDetails> users = new ArrayList<>();
		for (Map.Entry<String, SecurityProperties.User> entry : properties.users().entrySet()) {
			String name = entry.getKey();
			SecurityProperties.User user = entry.getValue();
			for (String role : user.roles()) {
				if (!Roles.ALL.contains(role)) {
					throw new IllegalStateException(
							"User " + name + " has unknown role " + role + "; known roles: " + Roles.ALL);
				}
			}
			users.add(User.withUsername(name)
				.password(password(name, user.password(), properties.localPlatform(), encoder))
				.roles(user.roles().toArray(String[]::new))
				.build());
		}
		if (users.isEmpty()) {
			log.warn("No users configured (gridloop.security.users): every protected endpoint will answer 401");
		}
		return new InMemoryUserDetailsManager(users);
	}

	/** The stored form of a configured password, or a refusal to start. */
	static String password(String user, String password, boolean localPlatform, PasswordEncoder encoder) {
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("User " + user + " has no password");
		}
		boolean hashed = password.startsWith("{") && !password.startsWith("{noop}");
		if (localPlatform) {
			return hashed || password.startsWith("{noop}") ? password : "{noop}" + password;
		}
		if (!hashed) {
			throw new IllegalStateException("User " + user + "'s password is not hashed: give it as {bcrypt}... "
					+ "(./gridloop hash-password); plain passwords are for the local platform only");
		}
		for (String known : KNOWN_DEFAULTS) {
			if (encoder.matches(known, password)) {
				throw new IllegalStateException(
						"User " + user + " has a known default password; choose another before starting");
			}
		}
		return password;
	}

}
