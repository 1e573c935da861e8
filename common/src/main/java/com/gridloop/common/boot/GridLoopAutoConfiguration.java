package com.gridloop.common.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.gridloop.common.audit.AuditController;
import com.gridloop.common.audit.AuditLog;
import com.gridloop.common.deadletter.DeadLetterController;
import com.gridloop.common.deadletter.DeadLetterReplay;
import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import com.gridloop.common.migration.SharedMigrations;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.outbox.OutboxProperties;
import com.gridloop.common.outbox.OutboxRelay;
import com.gridloop.common.security.ConfiguredUsers;
import com.gridloop.common.security.EndpointAccess;
import com.gridloop.common.security.SecurityBaseline;
import com.gridloop.common.security.SecurityProperties;
import com.gridloop.common.security.VerifiedPasswords;
import com.gridloop.common.web.BodyLimitFilter;
import com.gridloop.common.web.BodyLimits;
import com.gridloop.common.web.ProblemDetailsAdvice;
import com.gridloop.common.web.ProblemErrorController;
import com.gridloop.common.web.ProblemReportValve;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.apache.catalina.core.StandardHost;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every GridLoop service gets: the event codec, outbox and relay, idempotent
 * consumption, topics, problem details, the audit trail and the security baseline.
 */
@AutoConfiguration(
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" },
		// The error page is a problem document (ProblemErrorController), not Boot's own.
		beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties({ OutboxProperties.class, SecurityProperties.class, BodyLimits.class })
@Import({ ProblemDetailsAdvice.class, ProblemErrorController.class, AuditController.class, DeadLetterController.class })
public class GridLoopAutoConfiguration {

	@Bean
	EventCodec eventCodec(JsonMapper json, @Value("${gridloop.service.name}") String service) {
		return new EventCodec(json, service + "-service");
	}

	/**
	 * The shared tables' migrations first, and the one upgrade from before they were
	 * shared (decision 30).
	 */
	@Bean
	FlywayMigrationStrategy sharedMigrations(@Value("${gridloop.service.name}") String service) {
		return new SharedMigrations(service);
	}

	@Bean
	Outbox outbox(JdbcTemplate jdbc, EventCodec codec, OutboxProperties properties) {
		return new Outbox(jdbc, codec, properties.maxEventSize().toBytes());
	}

	@Bean
	OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
			OutboxProperties properties, MeterRegistry meters) {
		return new OutboxRelay(jdbc, tx, kafka, properties, meters);
	}

	@Bean
	IdempotentConsumer idempotentConsumer(JdbcTemplate jdbc, TransactionTemplate tx, EventCodec codec,
			KafkaTemplate<String, String> kafka, MeterRegistry meters) {
		return new IdempotentConsumer(jdbc, tx, codec, kafka, meters);
	}

	@Bean
	AuditLog auditLog(JdbcTemplate jdbc) {
		return new AuditLog(JdbcClient.create(jdbc));
	}

	@Bean
	DeadLetterReplay deadLetterReplay(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka,
			@Value("${gridloop.service.name}") String service) {
		return new DeadLetterReplay(consumers, kafka, service);
	}

	/**
	 * What a listener container does when a poll's handling fails: by then
	 * {@link IdempotentConsumer} has dead-lettered every event that failed for its own
	 * content, so what is left is the database or broker being away. The consumer is
	 * paused and the batch retried with backoff (1 s doubling up to 30 s), for as long as
	 * the failure lasts; nothing is skipped or dead-lettered.
	 */
	@Bean
	DefaultErrorHandler gridloopKafkaErrorHandler() {
		ExponentialBackOff backOff = new ExponentialBackOff(1000, 2);
		backOff.setMaxInterval(30_000);
		backOff.setMaxElapsedTime(Long.MAX_VALUE);
		backOff.setMaxAttempts(Integer.MAX_VALUE);
		DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
		handler.setLogLevel(KafkaException.Level.WARN);
		return handler;
	}

	@Bean
	KafkaAdmin.NewTopics gridloopTopics(@Value("${gridloop.kafka.partitions:6}") int partitions,
			@Value("${gridloop.kafka.replication-factor:1}") short replicas,
			@Value("${gridloop.kafka.dead-letter-retention:30d}") Duration deadLetterRetention) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.ALL) {
			TopicBuilder builder = TopicBuilder.name(topic).partitions(partitions).replicas(replicas);
			if (Topics.COMPACTED.contains(topic)) {
				builder.compact().config("min.cleanable.dirty.ratio", "0.1").config("segment.ms", "3600000");
			}
			topics.add(builder.build());
			topics.add(TopicBuilder.name(Topics.deadLetter(topic))
				.partitions(1)
				.replicas(replicas)
				.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(deadLetterRetention.toMillis()))
				.build());
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	/**
	 * Request body limits, checked after Spring Security (order -100) so that an
	 * anonymous caller still gets 401 first.
	 */
	@Bean
	FilterRegistrationBean<BodyLimitFilter> gridloopBodyLimits(BodyLimits limits, JsonMapper json) {
		FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
				new BodyLimitFilter(limits, json));
		registration.setOrder(0);
		return registration;
	}

	/**
	 * What Tomcat refuses before the application sees it is answered with a problem
	 * document too ({@link ProblemReportValve}).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> gridloopTomcatProblems() {
		return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
			.setErrorReportValveClass(ProblemReportValve.class.getName()));
	}

	/** The service's API description: its name, and HTTP Basic as the way in. */
	@Bean
	OpenAPI gridloopOpenApi(@Value("${gridloop.service.name}") String service) {
		return new OpenAPI()
			.info(new Info().title("GridLoop " + service + " service API")
				.description("Part of the GridLoop precision-marketing loop; errors are RFC 9457 problem documents.")
				.version("v1"))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	@Bean
	SecurityFilterChain gridloopSecurity(HttpSecurity http, JsonMapper json, ObjectProvider<EndpointAccess> access,
			SecurityProperties properties, Environment environment) throws Exception {
		// Configuring an issuer selects single sign-on (JWT) instead of HTTP Basic.
		boolean jwt = environment.containsProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
		return SecurityBaseline.filterChain(http, json, access.orderedStream().toList(), properties, jwt);
	}

	/**
	 * The password check of HTTP Basic logins: the stored hash's own algorithm
	 * ({@code {bcrypt}...}), its successes remembered for
	 * {@code gridloop.security.verified-password-ttl} (decision 28).
	 */
	@Bean
	PasswordEncoder gridloopPasswords(SecurityProperties properties) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		Duration ttl = properties.verifiedPasswordTtl();
		return ttl.isZero() ? encoder : new VerifiedPasswords(encoder, ttl, 10_000);
	}

	/**
	 * The configured users as a plain UserDetailsService. An InMemoryUserDetailsManager
	 * bean is also a UserDetailsPasswordService: Spring Security would re-encode a plain
	 * ({@code {noop}}) password with bcrypt at its first login, and every later HTTP
	 * Basic request of that user would pay a bcrypt check (tens of milliseconds of CPU)
	 * for a password that stands in plain text in the configuration anyway.
	 */
	@Bean
	UserDetailsService gridloopUsers(SecurityProperties properties) {
		InMemoryUserDetailsManager users = ConfiguredUsers.load(properties);
		return users::loadUserByUsername;
	}

}
