package com.gridloop.common.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users a service accepts, by name, and how logins are checked. Passwords are hashed
 * with an id prefix ({@code {bcrypt}...}, made by {@code ./gridloop hash-password});
 * plain ones are accepted on the local platform only ({@code local-platform}), where
 * known default passwords are allowed too. Environment variables work too:
 * {@code GRIDLOOP_SECURITY_USERS_ADMIN_PASSWORD}.
 *
 * @param localPlatform the embedded laptop platform or a test: plain and default
 * passwords allowed
 * @param loginThrottle failed HTTP Basic logins of one user from one address before 429
 * @param jwt how a single sign-on token names its user and roles, when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} selects the JWT mode
 * @param verifiedPasswordTtl how long a successful password check is remembered, so that
 * a client's next HTTP Basic requests need no bcrypt ({@link VerifiedPasswords}); 0
 * checks every request
 */
@ConfigurationProperties("gridloop.security")
public record SecurityProperties(Map<String, User> users, @DefaultValue("false") boolean localPlatform,
		@DefaultValue LoginThrottle loginThrottle, @DefaultValue Jwt jwt,
		@DefaultValue("5m") Duration verifiedPasswordTtl) {

	public SecurityProperties {
		users = users == null ? Map.of() : Map.copyOf(users);
		verifiedPasswordTtl = verifiedPasswordTtl == null ? Duration.ZERO : verifiedPasswordTtl;
	}

	/** One user: password and roles (from {@link Roles}). */
	public record User(String password, List<String> roles) {

		public User {
			roles = roles == null ? List.of() : List.copyOf(roles);
		}

	}

	/**
	 * At most {@code maxFailures} failed logins per user and address within the window.
	 */
	public record LoginThrottle(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window) {
	}

	/**
	 * The claims of a token that carry the user name (an account manager's staff no.) and
	 * the roles (such as ["MARKETER"]).
	 */
	public record Jwt(@DefaultValue("preferred_username") String usernameClaim,
			@DefaultValue("roles") String rolesClaim) {
	}

}
