package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import com.gridloop.common.task.TaskExecutors;

import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Runs numbered chunks of work on the caller and up to {@code threads - 1} helpers of an
 * executor; chunks are fixed so results do not depend on timing. A helper that starts
 * late finds no chunk left and ends at once.
 *
 * @param helpers where the helpers run
 * @param threads the caller and the helpers together, at most
 */
record Parallel(AsyncTaskExecutor helpers, int threads) {

	/**
	 * Helpers on threads of their own, for a resolver made outside a Spring context (the
	 * benchmark, tests).
	 */
	static final AsyncTaskExecutor OWN_THREADS = TaskExecutors.threadPerTask("identity-worker");

	void forChunks(int chunks, IntConsumer chunk) {
		int workers = Math.max(1, Math.min(this.threads, chunks));
		if (workers == 1) {
			for (int c = 0; c < chunks; c++) {
				chunk.accept(c);
			}
			return;
		}
		AtomicInteger next = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Runnable work = () -> {
			for (int c = next.getAndIncrement(); c < chunks && failure.get() == null; c = next.getAndIncrement()) {
				try {
					chunk.accept(c);
				}
				catch (Throwable ex) {
					failure.compareAndSet(null, ex);
				}
			}
		};
		List<Future<?>> started = new ArrayList<>(workers - 1);
		for (int t = 1; t < workers; t++) {
			started.add(this.helpers.submit(work));
		}
		work.run();
		for (Future<?> helper : started) {
			try {
				helper.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while matching", ex);
			}
			catch (ExecutionException ex) {
				failure.compareAndSet(null, ex.getCause());
			}
		}
		Throwable ex = failure.get();
		if (ex instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (ex instanceof Error error) {
			throw error;
		}
	}

	/** Splits [0, n) into about equal ranges, one per chunk: {from, to}. */
	static int[] range(int n, int chunks, int chunk) {
		long from = (long) n * chunk / chunks;
		long to = (long) n * (chunk + 1) / chunks;
		return new int[] { (int) from, (int) to };
	}

}
