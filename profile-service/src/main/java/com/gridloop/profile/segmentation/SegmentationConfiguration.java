package com.gridloop.profile.segmentation;

import com.gridloop.common.task.TaskExecutors;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The cluster-wide lock scheduled jobs take (a row in the profile schema's
 * {@code shedlock} table, on database time), and the thread a run writes its chunks on.
 */
@Configuration(proxyBeanMethods = false)
class SegmentationConfiguration {

	@Bean
	LockProvider lockProvider(JdbcTemplate jdbc) {
		return new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build());
	}

	/**
	 * The {@link ChunkWriter}'s one thread: runs hold the cluster-wide lock, so one
	 * serves them; a run in flight keeps it until the context is destroyed.
	 */
	@Bean
	ThreadPoolTaskExecutor segmentationWriter() {
		return TaskExecutors.helpers("segmentation-writer", 1);
	}

}
