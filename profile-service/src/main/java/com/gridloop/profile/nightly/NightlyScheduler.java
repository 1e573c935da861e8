package com.gridloop.profile.nightly;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.gridloop.common.task.TaskExecutors;
import com.gridloop.profile.segmentation.SegmentationRuns;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts the {@link NightlyPipeline}: every night by cron, or on request. Either way the
 * run takes the cluster-wide lock {@code segmentation} (ShedLock on the profile schema),
 * so exactly one replica runs it at a time.
 */
@Component
class NightlyScheduler {

	private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);

	/**
	 * The lock's name from before the pipeline had one: replicas of both versions must
	 * exclude each other.
	 */
	static final String LOCK = "segmentation";

	private final SegmentationRuns runs;

	private final NightlyPipeline pipeline;

	private final LockingTaskExecutor locks;

	/** Requested runs, one at a time in the order asked. */
	private final TaskExecutor worker;

	NightlyScheduler(SegmentationRuns runs, NightlyPipeline pipeline, LockProvider lockProvider,
			@Qualifier("nightlyRun") TaskExecutor worker) {
		this.runs = runs;
		this.pipeline = pipeline;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.worker = worker;
	}

	/**
	 * The thread requested runs go on: no new run once the context closes, the one
	 * running is interrupted after the shutdown phase.
	 */
	@Bean
	static ThreadPoolTaskExecutor nightlyRun() {
		return TaskExecutors.work("nightly-run", 1);
	}

	@Scheduled(cron = "${gridloop.profile.segmentation.cron:0 0 2 * * *}",
			zone = "${gridloop.profile.segmentation.zone:Asia/Shanghai}")
	void nightly() {
		runLocked(this.runs.register("SCHEDULE"));
	}

	/** Registers a run and starts it in the background. */
	UUID trigger(String who) {
		UUID run = this.runs.register("REST:" + who);
		this.worker.execute(() -> runLocked(run));
		return run;
	}

	private void runLocked(UUID run) {
		LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, Duration.ofHours(2), Duration.ZERO);
		boolean[] ran = { false };
		this.locks.executeWithLock((Runnable) () -> {
			ran[0] = true;
			this.pipeline.run(run);
		}, lock);
		if (!ran[0]) {
			log.info("Nightly run {} skipped: another replica holds the lock", run);
			this.runs.skipped(run);
		}
	}

}
