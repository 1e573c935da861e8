package com.gridloop.common.boot;

import java.util.ArrayList;
import java.util.List;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.Topics;
import com.gridloop.common.inbox.IdempotentConsumer;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.outbox.OutboxProperties;
import com.gridloop.common.outbox.OutboxRelay;
import com.gridloop.common.security.SecurityBaseline;
import com.gridloop.common.security.SecurityProperties;
import com.gridloop.common.web.ProblemDetailsAdvice;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every GridLoop service gets: the event codec, outbox and relay, idempotent
 * consumption, topics, problem details and the security baseline.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@EnableConfigurationProperties({ OutboxProperties.class, SecurityProperties.class })
@EnableMethodSecurity
@Import(ProblemDetailsAdvice.class)
public class GridLoopAutoConfiguration {

	@Bean
	EventCodec eventCodec(JsonMapper json, @Value("${gridloop.service.name}") String service) {
		return new EventCodec(json, service + "-service");
	}

	@Bean
	Outbox outbox(JdbcTemplate jdbc, EventCodec codec) {
		return new Outbox(jdbc, codec);
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
	KafkaAdmin.NewTopics gridloopTopics(@Value("${gridloop.kafka.partitions:6}") int partitions,
			@Value("${gridloop.kafka.replication-factor:1}") short replicas) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.ALL) {
			TopicBuilder builder = TopicBuilder.name(topic).partitions(partitions).replicas(replicas);
			if (Topics.COMPACTED.contains(topic)) {
				builder.compact().config("min.cleanable.dirty.ratio", "0.1").config("segment.ms", "3600000");
			}
			topics.add(builder.build());
			topics.add(TopicBuilder.name(Topics.deadLetter(topic)).partitions(1).replicas(replicas).build());
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
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
	SecurityFilterChain gridloopSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		return SecurityBaseline.filterChain(http, json);
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
		InMemoryUserDetailsManager users = SecurityBaseline.users(properties);
		return users::loadUserByUsername;
	}

}
