package com.gridloop.profile.segmentation;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Hands a segmentation run's chunks (membership COPYs, change events) to the
 * {@code segmentationWriter} executor's one thread, so the cursor reading the customers
 * goes on while the previous chunk is written.
 */
@Component
record ChunkWriter(@Qualifier("segmentationWriter") AsyncTaskExecutor thread) {

	/** A new sequence of chunks, written in order with at most one in flight. */
	Lane lane() {
		return new Lane();
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
