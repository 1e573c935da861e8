package com.gridloop.reach.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the fallback every few minutes on one replica at a time (ShedLock lock
 * {@code reach-fallback} on reach's schema), then refreshes the task metrics: open tasks
 * per assignee, and the fallback rate (follow-up tasks per message sent).
 */
@Component
class FallbackJob {

	private static final Logger log = LoggerFactory.getLogger(FallbackJob.class);

	private static final String LOCK = "reach-fallback";

	private final FallbackPlanner planner;

	private final TaskQueries queries;

	private final LockingTaskExecutor locks;

	private final MultiGauge openTasks;

	private final AtomicReference<TaskQueries.Load> load = new AtomicReference<>(
			new TaskQueries.Load(java.util.Map.of(), 0, 0, 0));

	FallbackJob(FallbackPlanner planner, TaskQueries queries, LockProvider lockProvider, MeterRegistry meters) {
		this.planner = planner;
		this.queries = queries;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.openTasks = MultiGauge.builder("gridloop.reach.tasks.open")
			.description("Open tasks on each assignee's call list")
			.register(meters);
		Gauge.builder("gridloop.reach.fallback.rate", this.load, l -> {
			TaskQueries.Load now = l.get();
			return now.sent() == 0 ? 0 : (double) now.followUps() / now.sent();
		}).description("Follow-up tasks per message sent").register(meters);
		Gauge.builder("gridloop.reach.tasks.queued", this.load, l -> l.get().queued())
			.description("Tasks waiting for their assignee's capacity")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${gridloop.reach.tasks.interval:5m}",
			initialDelayString = "${gridloop.reach.tasks.interval:5m}")
	void run() {
		LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(30), Duration.ZERO);
		this.locks.executeWithLock((Runnable) () -> {
			FallbackPlanner.Planned planned = this.planner.plan(Instant.now());
			if (planned.opened() + planned.queued() + planned.promoted() > 0) {
				log.info("Fallback: {} tasks opened, {} queued for capacity, {} queued ones opened", planned.opened(),
						planned.queued(), planned.promoted());
			}
			refreshMetrics();
		}, lock);
	}

	void refreshMetrics() {
		TaskQueries.Load now = this.queries.load();
		this.load.set(now);
		List<MultiGauge.Row<?>> rows = new ArrayList<>();
		now.openByAssignee()
			.forEach((assignee, open) -> rows.add(MultiGauge.Row.of(Tags.of("assignee", assignee), open)));
		this.openTasks.register(rows, true);
	}

}
