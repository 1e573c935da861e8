package com.gridloop.ingestion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.gridloop.testsupport.TestInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The ingestion service on a real PostgreSQL and Kafka broker, one shared context for
 * every test class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = IngestionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=gridloop-defaults,ingestion",
				"gridloop.security.users.loader.password=loader-pw", "gridloop.security.users.loader.roles=ANALYST",
				"gridloop.security.users.marketer.password=marketer-pw",
				"gridloop.security.users.marketer.roles=MARKETER", "gridloop.security.users.PDAM1.password=pdam1-pw",
				"gridloop.security.users.PDAM1.roles=ACCOUNT_MANAGER",
				"gridloop.security.users.PDAM2.password=pdam2-pw",
				"gridloop.security.users.PDAM2.roles=ACCOUNT_MANAGER", "gridloop.ingestion.stream.max-age=1s",
				"gridloop.ingestion.stream.retry-after=2s", "gridloop.web.max-upload-size=24MB" })
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface IngestionIntegrationTest {

}
