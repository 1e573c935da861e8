package com.gridloop.common.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint needs an authenticated user, except health, info, the API docs and the
 * error page, and the roles its {@link EndpointAccess} rule names, decided from the URL
 * before the body is read. Users log in with HTTP Basic (throttled after failures), or,
 * when an issuer is configured, with the company's single sign-on tokens (JWT). Failures
 * answer with problem details, like every other error.
 */
public final class SecurityBaseline {

	private static final String[] OPEN = { "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error" };

	private SecurityBaseline() {
	}

	/**
	 * The chain; {@code jwt} selects the resource-server mode (bearer tokens) instead of
	 * HTTP Basic.
	 */
	public static SecurityFilterChain filterChain(HttpSecurity http, JsonMapper json, List<EndpointAccess> access,
			SecurityProperties properties, boolean jwt) throws Exception {
		http.authorizeHttpRequests(auth -> {
			auth.requestMatchers(OPEN).permitAll();
			auth.requestMatchers(HttpMethod.GET, "/api/v1/audit").hasRole(Roles.ADMIN);
			auth.requestMatchers(HttpMethod.POST, "/api/v1/admin/dead-letters/*/replay").hasRole(Roles.ADMIN);
			for (EndpointAccess endpoints : access) {
				for (EndpointAccess.Rule rule : endpoints.rules()) {
					auth.requestMatchers(rule.method(), rule.pattern()).hasAnyRole(rule.roles().toArray(String[]::new));
				}
			}
			// Metrics carry no personal data; every other path needs a rule.
			auth.requestMatchers("/actuator/**").authenticated().anyRequest().denyAll();
		})
			.exceptionHandling(handling -> handling.accessDeniedHandler((request, response, ex) -> write(response, json,
					HttpStatus.FORBIDDEN, "Your role does not allow this")))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors(Customizer.withDefaults());
		if (jwt) {
			AuthenticationEntryPoint bearer = (request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				write(response, json, HttpStatus.UNAUTHORIZED, "A valid bearer token is required");
			};
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(bearer)
				.jwt(token -> token.jwtAuthenticationConverter(tokenUsers(properties.jwt()))));
		}
		else {
			http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"gridloop\"");
				write(response, json, HttpStatus.UNAUTHORIZED, "Authentication is required");
			}));
			SecurityProperties.LoginThrottle throttle = properties.loginThrottle();
			http.addFilterBefore(new LoginThrottle(throttle.maxFailures(), throttle.window(), Clock.systemUTC(),
					(response, retryAfter) -> {
						response.setHeader("Retry-After", Long.toString(retryAfter));
						write(response, json, HttpStatus.TOO_MANY_REQUESTS,
								"Too many failed logins; try again in " + retryAfter + " s");
					}), BasicAuthenticationFilter.class);
		}
		return http.build();
	}

	/**
	 * A token's user name and roles (as ROLE_ authorities) from the configured claims.
	 */
	static JwtAuthenticationConverter tokenUsers(SecurityProperties.Jwt claims) {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(claims.rolesClaim());
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		converter.setPrincipalClaimName(claims.usernameClaim());
		return converter;
	}

	private static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

}
