package com.gridloop.common.boot;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a GridLoop service with its own configuration file ({@code <service>.yml}) on
 * top of the shared {@code gridloop-defaults.yml}, so several services can share one
 * classpath in the local platform.
 */
public final class GridLoopApplication {

	private GridLoopApplication() {
	}

	public static SpringApplicationBuilder builder(Class<?> application, String service) {
		return new SpringApplicationBuilder(application).properties("spring.config.name=gridloop-defaults," + service,
				"gridloop.service.name=" + service);
	}

	public static ConfigurableApplicationContext run(Class<?> application, String service, String... args) {
		return builder(application, service).run(args);
	}

}
