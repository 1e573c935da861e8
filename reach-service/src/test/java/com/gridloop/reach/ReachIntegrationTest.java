package com.gridloop.reach;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.gridloop.testsupport.TestInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The reach service on a real PostgreSQL and Kafka broker and the gateway simulator over
 * real HTTP, one shared context for every test class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = ReachApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=gridloop-defaults,reach", "gridloop.reach.dispatch-interval=100ms",
				"gridloop.security.users.manager.password=manager-pw",
				"gridloop.security.users.manager.roles=ACCOUNT_MANAGER",
				"gridloop.security.users.analyst.password=analyst-pw", "gridloop.security.users.analyst.roles=ANALYST",
				"gridloop.security.users.M001.password=m1-pw", "gridloop.security.users.M001.roles=ACCOUNT_MANAGER",
				"gridloop.security.users.M002.password=m2-pw", "gridloop.security.users.M002.roles=ACCOUNT_MANAGER",
				"gridloop.security.users.M003.password=m3-pw", "gridloop.security.users.M003.roles=ACCOUNT_MANAGER",
				"gridloop.security.users.L001.password=l1-pw", "gridloop.security.users.L001.roles=TEAM_LEAD",
				"gridloop.security.users.marketer.password=marketer-pw",
				"gridloop.security.users.marketer.roles=MARKETER", "gridloop.security.users.system.password=system-pw",
				"gridloop.security.users.system.roles=SYSTEM", "gridloop.reach.tasks.interval=1h",
				// Tests run at any hour: quiet hours and send times are the policy unit
				// test's.
				"gridloop.reach.policy.quiet-hours=false", "gridloop.reach.policy.send-at-active-hour=false",
				"gridloop.reach.dispatch.retry-backoff=200ms", "gridloop.reach.dispatch.claim-timeout=3s" })
@ContextConfiguration(initializers = { TestInfrastructure.class, TestGateway.class })
public @interface ReachIntegrationTest {

}
