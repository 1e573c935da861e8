package com.gridloop.evaluation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.gridloop.testsupport.TestInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The evaluation service on a real PostgreSQL and Kafka broker, one shared context for
 * every test class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = EvaluationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=gridloop-defaults,evaluation", "gridloop.evaluation.refresh-interval=200ms",
				"gridloop.security.users.analyst.password=analyst-pw", "gridloop.security.users.analyst.roles=ANALYST",
				// Only the login throttling test logs in as this user, so its lockout
				// harms
				// no other test.
				"gridloop.security.users.guessed.password=guessed-pw", "gridloop.security.users.guessed.roles=ANALYST",
				"gridloop.security.login-throttle.max-failures=3" })
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface EvaluationIntegrationTest {

}
