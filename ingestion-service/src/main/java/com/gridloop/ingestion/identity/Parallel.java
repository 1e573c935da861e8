package com.gridloop.ingestion.identity;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs numbered chunks of work on a few threads of its own; chunks are fixed so results
 * do not depend on timing.
 */
final class Parallel {

	private Parallel() {
	}

	static void forChunks(int chunks, int threads, IntConsumer chunk) {
		int workers = Math.max(1, Math.min(threads, chunks));
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
		Thread[] helpers = new Thread[workers - 1];
		for (int t = 0; t < helpers.length; t++) {
			helpers[t] = new Thread(work, "identity-worker-" + t);
			helpers[t].setDaemon(true);
			helpers[t].start();
		}
		work.run();
		for (Thread helper : helpers) {
			try {
				helper.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while matching", ex);
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
