package com.gridloop.console;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The admin console: server-rendered pages for marketers, analysts and account managers
 * over the five services' REST APIs. It keeps no business data; in the local platform it
 * shares the services' classpath, so their database, Kafka and GridLoop
 * auto-configuration are excluded here by name.
 */
@SpringBootApplication(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"com.gridloop.common.boot.GridLoopAutoConfiguration" })
@ConfigurationPropertiesScan
public class ConsoleApplication {

	/** The configuration file the console reads ({@code console.yml}). */
	public static final String CONFIG_NAME = "console";

	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(ConsoleApplication.class).properties("spring.config.name=" + CONFIG_NAME);
	}

	public static void main(String[] args) {
		builder().run(args);
	}

}
