package com.gridloop.local.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load of one request at a fixed rate for a fixed time: request i is due at
 * start + i / rate whatever became of the earlier ones, and its latency counts from when
 * it was due, so a slow answer cannot hide the requests it delayed (no coordinated
 * omission). Latencies go to an HdrHistogram in microseconds.
 */
final class FixedRateLoad implements AutoCloseable {

	/**
	 * What the load measured.
	 *
	 * @param errors answers that were not 200 or failed the check, and requests without
	 * an answer
	 */
	record Outcome(long requests, long errors, double seconds, Histogram latencies) {

		double percentileMillis(double percentile) {
			return this.latencies.getValueAtPercentile(percentile) / 1000.0;
		}

	}

	private final HttpClient http;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	FixedRateLoad() {
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.executor(this.executor)
			.build();
	}

	/**
	 * Sends {@code request} {@code rate} times a second for {@code duration}, then waits
	 * for the last answers (at most 30 s).
	 * @param check whether an answer's body is right
	 */
	Outcome run(HttpRequest request, int rate, Duration duration, Predicate<String> check) {
		ConcurrentHistogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
		AtomicLong errors = new AtomicLong();
		long total = Math.max(1, duration.toMillis() * rate / 1000);
		long period = TimeUnit.SECONDS.toNanos(1) / rate;
		List<CompletableFuture<?>> pending = new ArrayList<>((int) total);
		long start = System.nanoTime();
		for (long i = 0; i < total; i++) {
			long due = start + i * period;
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			pending.add(this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
				.orTimeout(30, TimeUnit.SECONDS)
				.whenComplete((response, failure) -> {
					long micros = (System.nanoTime() - due) / 1000;
					latencies.recordValue(Math.min(micros, latencies.getHighestTrackableValue()));
					if (failure != null || response.statusCode() != 200 || !check.test(response.body())) {
						errors.incrementAndGet();
					}
				}));
		}
		try {
			CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(40, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// failed requests are counted as errors; unanswered ones below
		}
		long unanswered = pending.stream().filter(f -> !f.isDone()).count();
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Outcome(total, errors.get() + unanswered, seconds, latencies);
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
