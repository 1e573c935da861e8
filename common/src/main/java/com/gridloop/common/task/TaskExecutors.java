package com.gridloop.common.task;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The two kinds of Spring task executor the services declare as beans (ADR 33), each with
 * named daemon threads and shut down by the context that owns it.
 * <ul>
 * <li>{@link #work} runs work that starts on its own (a nightly run, a dispatch pass): it
 * takes no new task once the context closes, the tasks running get the shutdown phase
 * ({@code spring.lifecycle.timeout-per-shutdown-phase}) to end, then they are
 * interrupted.</li>
 * <li>{@link #helpers} runs parts of work already running on another thread (sends of a
 * page, COPYs of a run, chunks of a match): it takes tasks until it is destroyed, which
 * happens after the beans using it, so that work in flight is not broken half-way by the
 * context closing.</li>
 * </ul>
 */
public final class TaskExecutors {

	private TaskExecutors() {
	}

	/** {@code threads} threads named {@code name-1, name-2, ...} for work of its own. */
	public static ThreadPoolTaskExecutor work(String name, int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix(name + "-");
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setDaemon(true);
		// Rejects tasks from the context's close on instead of holding them in the paused
		// pool until they are cancelled.
		executor.setStrictEarlyShutdown(true);
		return executor;
	}

	/**
	 * {@code threads} threads for parts of work running elsewhere; with
	 * {@code threads == 0}, as many as there are tasks at once, idle ones kept for a
	 * minute (a cached pool).
	 */
	public static ThreadPoolTaskExecutor helpers(String name, int threads) {
		ThreadPoolTaskExecutor executor = work(name, threads);
		if (threads == 0) {
			executor.setMaxPoolSize(Integer.MAX_VALUE);
			executor.setQueueCapacity(0);
		}
		executor.setAcceptTasksAfterContextClose(true);
		return executor;
	}

	/**
	 * A new named daemon thread per task, for rare long tasks (a consumer loop, a
	 * snapshot load) and for code running outside a Spring context.
	 */
	public static SimpleAsyncTaskExecutor threadPerTask(String name) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
		executor.setDaemon(true);
		return executor;
	}

}
