package com.gridloop.console.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gridloop.console.web.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login with a server-side session, CSRF on, logout. The user's password stays in
 * the session's authentication (never in the browser) so that every call to a service is
 * made as that user with HTTP Basic: the services decide what the user may read and do,
 * the console only hides what the role cannot open (ADR 23).
 */
@Configuration
class ConsoleSecurity {

	private static final Logger log = LoggerFactory.getLogger(ConsoleSecurity.class);

	private static final String[] OPEN = { "/login", "/webjars/**", "/console.css", "/console.js", "/actuator/health",
			"/error" };

	@Bean
	InMemoryUserDetailsManager consoleUsers(ConsoleUsers properties) {
		List<UserDetails> users = new ArrayList<>();
		for (Map.Entry<String, ConsoleUsers.User> entry : properties.users().entrySet()) {
			ConsoleUsers.User user = entry.getValue();
			if (user.password() == null || user.password().isBlank()) {
				throw new IllegalStateException("User " + entry.getKey() + " has no password");
			}
			List<String> roles = user.roles().stream().filter(ConsoleUsers.ROLES::contains).toList();
			String password = user.password().startsWith("{") ? user.password() : "{noop}" + user.password();
			users.add(User.withUsername(entry.getKey()).password(password).roles(roles.toArray(String[]::new)).build());
		}
		if (users.isEmpty()) {
			log.warn("No users configured (gridloop.security.users): nobody can log in to the console");
		}
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	SecurityFilterChain consoleFilterChain(HttpSecurity http, InMemoryUserDetailsManager users) throws Exception {
		ProviderManager authentication = new ProviderManager(new DaoAuthenticationProvider(users));
		// The password is what the console presents to the services on the user's behalf.
		authentication.setEraseCredentialsAfterAuthentication(false);
		http.authenticationManager(authentication).authorizeHttpRequests(auth -> {
			auth.requestMatchers(OPEN).permitAll();
			auth.requestMatchers("/").authenticated();
			// The longest path first: the wizard under /campaigns has rules of its own.
			java.util.Arrays.stream(Page.values())
				.filter(page -> page != Page.HOME)
				.sorted(java.util.Comparator.comparingInt((Page page) -> page.path().length()).reversed())
				.forEach(page -> auth.requestMatchers(page.path(), page.path() + "/**").hasAnyRole(page.roles()));
			auth.anyRequest().denyAll();
		})
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")));
		return http.build();
	}

}
