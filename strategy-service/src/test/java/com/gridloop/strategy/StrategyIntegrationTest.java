package com.gridloop.strategy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.gridloop.testsupport.TestInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The strategy service on a real PostgreSQL and Kafka broker, one shared context for
 * every test class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = StrategyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=gridloop-defaults,strategy",
				"gridloop.security.users.marketer.password=marketer-pw",
				"gridloop.security.users.marketer.roles=MARKETER",
				"gridloop.security.users.analyst.password=analyst-pw", "gridloop.security.users.analyst.roles=ANALYST",
				"gridloop.security.users.manager.password=manager-pw",
				"gridloop.security.users.manager.roles=ACCOUNT_MANAGER" })
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface StrategyIntegrationTest {

}
