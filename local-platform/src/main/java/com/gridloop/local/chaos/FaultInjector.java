package com.gridloop.local.chaos;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Injects the planned faults, one after the other, each at a random moment of the stage
 * it is planned in (uniform over that stage's length in the fault-free run), and measures
 * how long the platform takes to be healthy and caught up again after each.
 */
final class FaultInjector implements AutoCloseable {

	enum Kind {

		KILL, BROKER, POSTGRES

	}

	/** One fault: kill -9 of a service, a broker outage, or a PostgreSQL restart. */
	record Fault(Kind kind, String service, String stage) {

		String describe() {
			return switch (this.kind) {
				case KILL -> "kill -9 " + this.service;
				case BROKER -> "Kafka broker stopped";
				case POSTGRES -> "PostgreSQL restarted";
			};
		}

	}

	/**
	 * A fault done: when (seconds into the run), when it ended (nano time), the backlog
	 * before it, and how long the recovery took (until healthy, then until caught up).
	 */
	record Injected(Fault fault, double atSeconds, long back, long before, double healthySeconds,
			double recoveredSeconds) {
	}

	private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(20);

	private final ChaosPlatform platform;

	private final Backlog backlog;

	private final List<Fault> plan;

	private final Map<String, Long> stageMillis;

	private final Duration brokerPause;

	private final Random random;

	private final PrintStream out;

	private final long t0 = System.nanoTime();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

	private final ExecutorService runner = Executors.newSingleThreadExecutor();

	private final ExecutorService watchers = Executors.newCachedThreadPool();

	private final Set<Fault> scheduled = new HashSet<>();

	private final List<CompletableFuture<Injected>> done = new ArrayList<>();

	/**
	 * @param stageMillis how long each stage took without faults
	 * @param brokerPause how long the broker stays down
	 */
	FaultInjector(ChaosPlatform platform, Backlog backlog, List<Fault> plan, Map<String, Long> stageMillis,
			Duration brokerPause, long seed, PrintStream out) {
		this.platform = platform;
		this.backlog = backlog;
		this.plan = plan;
		this.stageMillis = stageMillis;
		this.brokerPause = brokerPause;
		this.random = new Random(seed);
		this.out = out;
	}

	/** The run enters a stage: its faults are scheduled at random moments within it. */
	synchronized void stage(String name) {
		for (Fault fault : this.plan) {
			if (fault.stage().equals(name) && this.scheduled.add(fault)) {
				long delay = (long) (this.random.nextDouble() * this.stageMillis.getOrDefault(name, 1000L));
				schedule(fault, delay);
			}
		}
	}

	private void schedule(Fault fault, long delayMillis) {
		CompletableFuture<Injected> result = new CompletableFuture<>();
		this.done.add(result);
		this.timer.schedule(() -> this.runner.submit(() -> {
			try {
				Injected injected = inject(fault);
				// The next fault may come once everything is up again; catching up is
				// watched apart.
				this.watchers.submit(() -> {
					try {
						result.complete(awaitCaughtUp(injected));
					}
					catch (Throwable ex) {
						result.completeExceptionally(ex);
					}
				});
			}
			catch (Throwable ex) {
				result.completeExceptionally(ex);
			}
		}), delayMillis, TimeUnit.MILLISECONDS);
	}

	/**
	 * Injects the faults whose stage never came, then waits until every fault is done and
	 * recovered from.
	 */
	List<Injected> awaitAll() {
		synchronized (this) {
			for (Fault fault : this.plan) {
				if (this.scheduled.add(fault)) {
					schedule(fault, 0);
				}
			}
		}
		return this.done.stream().map(CompletableFuture::join).toList();
	}

	/** Injects the fault and waits until every service is healthy again. */
	private Injected inject(Fault fault) throws InterruptedException {
		long before = this.backlog.total();
		double at = seconds(this.t0);
		say("chaos: %s at %.1f s (stage %s, backlog %,d)", fault.describe(), at, fault.stage(), before);
		switch (fault.kind()) {
			case KILL -> {
				ServiceProcess service = this.platform.service(fault.service());
				service.kill();
				service.start();
			}
			case BROKER -> {
				this.platform.infrastructure().kafka().pause();
				Thread.sleep(this.brokerPause.toMillis());
				this.platform.infrastructure().kafka().resume();
			}
			case POSTGRES -> this.platform.infrastructure().postgres().restart();
		}
		long back = System.nanoTime();
		// A service that died on the way up is started again.
		this.platform.awaitHealthy(RECOVERY_TIMEOUT);
		return new Injected(fault, at, back, before, seconds(back), Double.NaN);
	}

	/**
	 * Waits until the outbox and consumer backlog is back to where it stood before the
	 * fault (or below) with every service healthy.
	 */
	private Injected awaitCaughtUp(Injected injected) throws InterruptedException {
		long deadline = injected.back() + RECOVERY_TIMEOUT.toNanos();
		while (true) {
			long now = this.backlog.total();
			if (now >= 0 && now <= Math.max(injected.before(), 0) && this.platform.healthy()) {
				break;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Not caught up " + RECOVERY_TIMEOUT.toMinutes() + " min after "
						+ injected.fault().describe() + ": backlog " + now);
			}
			Thread.sleep(1000);
		}
		double recovered = seconds(injected.back());
		say("chaos: %s: healthy after %.1f s, caught up %.1f s after the fault", injected.fault().describe(),
				injected.healthySeconds(), recovered);
		return new Injected(injected.fault(), injected.atSeconds(), injected.back(), injected.before(),
				injected.healthySeconds(), recovered);
	}

	private void say(String format, Object... args) {
		this.out.println(String.format(Locale.ROOT, format, args));
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
		this.runner.shutdownNow();
		this.watchers.shutdownNow();
	}

}
