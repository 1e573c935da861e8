package com.gridloop.console.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The logged-in user's roles, without Spring's {@code ROLE_} prefix. */
public final class UserRoles {

	private UserRoles() {
	}

	public static List<String> of(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.toList();
	}

	public static boolean hasAny(Authentication user, String... roles) {
		List<String> mine = of(user);
		for (String role : roles) {
			if (mine.contains(role)) {
				return true;
			}
		}
		return false;
	}

}
