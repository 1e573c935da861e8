package com.gridloop.profile;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.gridloop.testsupport.TestInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The profile service on a real PostgreSQL and Kafka broker, one shared context for every
 * test class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = ProfileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=gridloop-defaults,profile", "gridloop.profile.refresh-interval=200ms",
				"gridloop.security.users.analyst.password=analyst-pw", "gridloop.security.users.analyst.roles=ANALYST",
				"gridloop.security.users.admin.password=admin-pw", "gridloop.security.users.admin.roles=ADMIN" })
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface ProfileIntegrationTest {

}
