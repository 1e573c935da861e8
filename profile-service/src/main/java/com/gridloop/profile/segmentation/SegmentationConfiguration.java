package com.gridloop.profile.segmentation;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cluster-wide lock scheduled jobs take: a row in the profile schema's
 * {@code shedlock} table, on database time.
 */
@Configuration(proxyBeanMethods = false)
class SegmentationConfiguration {

	@Bean
	LockProvider lockProvider(JdbcTemplate jdbc) {
		return new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build());
	}

}
