package com.gridloop.common.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint needs an authenticated user with HTTP Basic, except health, info, the
 * API docs and the error page, and the roles its {@link EndpointAccess} rule names,
 * decided from the URL before the body is read. Failures answer with problem details,
 * like every other error.
 */
public final class SecurityBaseline {

	private static final Logger log = LoggerFactory.getLogger(SecurityBaseline.class);

	private static final String[] OPEN = { "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error" };

	private SecurityBaseline() {
	}

	public static SecurityFilterChain filterChain(HttpSecurity http, JsonMapper json, List<EndpointAccess> access)
			throws Exception {
		http.authorizeHttpRequests(auth -> {
			auth.requestMatchers(OPEN).permitAll();
			for (EndpointAccess endpoints : access) {
				for (EndpointAccess.Rule rule : endpoints.rules()) {
					auth.requestMatchers(rule.method(), rule.pattern()).hasAnyRole(rule.roles().toArray(String[]::new));
				}
			}
			// Metrics carry no personal data; every other path needs a rule.
			auth.requestMatchers("/actuator/**").authenticated().anyRequest().denyAll();
		}).httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"gridloop\"");
			write(response, json, HttpStatus.UNAUTHORIZED, "Authentication is required");
		}))
			.exceptionHandling(handling -> handling.accessDeniedHandler((request, response, ex) -> write(response, json,
					HttpStatus.FORBIDDEN, "Your role does not allow this")))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors(Customizer.withDefaults());
		return http.build();
	}

	public static InMemoryUserDetailsManager users(SecurityProperties properties) {
		List<UserDetails> users = new ArrayList<>();
		for (Map.Entry<String, SecurityProperties.User> entry : properties.users().entrySet()) {
			SecurityProperties.User user = entry.getValue();
			if (user.password() == null || user.password().isBlank()) {
				throw new IllegalStateException("User " + entry.getKey() + " has no password");
			}
			for (String role : user.roles()) {
				if (!Roles.ALL.contains(role)) {
					throw new IllegalStateException(
							"User " + entry.getKey() + " has unknown role " + role + "; known roles: " + Roles.ALL);
				}
			}
			// A plain password is stored as {noop}: acceptable for the embedded demo
			// users only.
			String password = user.password().startsWith("{") ? user.password() : "{noop}" + user.password();
			users.add(User.withUsername(entry.getKey())
				.password(password)
				.roles(user.roles().toArray(String[]::new))
				.build());
		}
		if (users.isEmpty()) {
			log.warn("No users configured (gridloop.security.users): every protected endpoint will answer 401");
		}
		return new InMemoryUserDetailsManager(users);
	}

	private static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

}
