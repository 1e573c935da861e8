package com.gridloop.profile.segmentation;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * The thread a segmentation run hands its chunks to (membership COPYs, change events), so
 * the cursor reading the customers goes on while the previous chunk is written. Runs hold
 * the cluster-wide lock, so one thread serves them.
 */
@Component
class ChunkWriter {

	private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "segmentation-writer");
		t.setDaemon(true);
		return t;
	});

	/** A new sequence of chunks, written in order with at most one in flight. */
	Lane lane() {
		return new Lane();
	}

	@PreDestroy
	void stop() {
		this.thread.shutdownNow();
	}

	/** Chunks written one at a time beside the caller; close it in a finally block. */
	final class Lane implements AutoCloseable {

		private Future<?> inFlight;

		/**
		 * Waits for the previous chunk (rethrowing its failure), then starts this one.
		 */
		void submit(Runnable chunk) {
			await();
			this.inFlight = ChunkWriter.this.thread.submit(chunk);
		}

		/** Waits for the chunk in flight, if any, and rethrows its failure. */
		void await() {
			Future<?> f = this.inFlight;
			this.inFlight = null;
			if (f == null) {
				return;
			}
			try {
				f.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while writing a chunk", ex);
			}
			catch (ExecutionException ex) {
				throw ex.getCause() instanceof RuntimeException re ? re : new IllegalStateException(ex.getCause());
			}
		}

		/**
		 * Lets a chunk still in flight end, so a failed pass leaves nothing running; its
		 * own failure is dropped.
		 */
		@Override
		public void close() {
			try {
				await();
			}
			catch (RuntimeException ex) {
				// The pass is failing already, with its own exception.
			}
		}

	}

}
