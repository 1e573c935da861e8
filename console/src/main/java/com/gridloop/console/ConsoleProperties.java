package com.gridloop.console;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the five services answer, and the users the console lets in: the same
 * {@code gridloop.security.users.<name>.password/roles} every service is given, so one
 * user store serves all six applications.
 *
 * @param services base URL by service name (ingestion, profile, strategy, reach,
 * evaluation)
 */
@ConfigurationProperties("gridloop.console")
public record ConsoleProperties(Map<String, String> services) {

	public ConsoleProperties {
		services = services == null ? Map.of() : Map.copyOf(services);
	}

	/** The services the console calls, in loop order. */
	public static final List<String> SERVICES = List.of("ingestion", "profile", "strategy", "reach", "evaluation");

}
