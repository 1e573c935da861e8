package com.gridloop.profile.segmentation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.gridloop.common.web.Problems;
import com.gridloop.profile.predict.ForecastJob;
import com.gridloop.profile.predict.PredictionJob;
import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the nightly runs (segmentation, then the churn and arrears models): every night by cron, or on request.
 * Either way the run takes the cluster-wide lock {@code segmentation} (ShedLock on the profile schema), so exactly
 * one replica runs it at a time.
 */
@Component
class SegmentationScheduler {

	private static final Logger log = LoggerFactory.getLogger(SegmentationScheduler.class);

	static final String LOCK = "segmentation";

	private final SegmentationJob job;

	private final LockingTaskExecutor locks;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "segmentation");
		t.setDaemon(true);
		return t;
	});

	private final PredictionJob predictions;

	private final ForecastJob forecasts;

	SegmentationScheduler(SegmentationJob job, LockProvider lockProvider, PredictionJob predictions,
			ForecastJob forecasts) {
		this.job = job;
		this.predictions = predictions;
		this.forecasts = forecasts;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
	}

	@Scheduled(cron = "${gridloop.profile.segmentation.cron:0 0 2 * * *}",
			zone = "${gridloop.profile.segmentation.zone:Asia/Shanghai}")
	void nightly() {
		UUID run = this.job.register("SCHEDULE");
		runLocked(run);
	}

	/** Registers a run and starts it in the background; refuses when another run holds the lock. */
	UUID trigger(String who) {
		UUID run = this.job.register("REST:" + who);
		this.worker.submit(() -> runLocked(run));
		return run;
	}

	private void runLocked(UUID run) {
		LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, Duration.ofHours(2), Duration.ZERO);
		boolean[] ran = { false };
		this.locks.executeWithLock((Runnable) () -> {
			ran[0] = true;
			java.util.Map<String, Object> models;
			try {
				// The models first: the segmentation's customer rules read tonight's risk scores, not yesterday's.
				models = new java.util.LinkedHashMap<>(this.predictions.run());
				models.put("load_forecast", this.forecasts.run());
			}
			catch (RuntimeException ex) {
				log.error("Models of run {} failed", run, ex);
				this.job.fail(run, ex);
				return;
			}
			this.job.run(run);
			this.job.complete(run, models);
			this.job.recomputeAllTags();
		}, lock);
		if (!ran[0]) {
			log.info("Segmentation run {} skipped: another replica holds the lock", run);
			this.job.skipped(run);
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	static RuntimeException busy() {
		return Problems.conflict("segmentation-running", "A segmentation run is already in progress");
	}

}
