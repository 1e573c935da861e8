package com.gridloop.profile.facts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.gridloop.profile.ProfileIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two consumers marking overlapping customers dirty in opposite orders, each in one
 * transaction of several marks (as a batch of customer events of different types does),
 * never deadlock on {@code dirty_customer}: the first marks the upper half and then the
 * lower, the second the lower and then the upper, both past a barrier between the two
 * steps, which is the interleaving that deadlocked when each mark was inserted at once.
 */
@ProfileIntegrationTest
class DirtyMarksDeadlockTest {

	@Autowired
	DirtyMarks marks;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	/** Two consumers' threads, whatever the machine's core count. */
	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@RepeatedTest(3)
	void overlappingBatchesInOppositeOrderDoNotDeadlock() throws Exception {
		String prefix = "dl-" + System.nanoTime() + "-";
		Set<String> lower = ids(prefix, 0, 50);
		Set<String> upper = ids(prefix, 50, 100);
		CyclicBarrier between = new CyclicBarrier(2);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> batch(upper, lower, between), this.threads);
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> batch(lower, upper, between), this.threads);
		// A deadlock would fail one of them with PostgreSQL's deadlock error after 1 s.
		CompletableFuture.allOf(first, second).exceptionally(ex -> null).get(60, TimeUnit.SECONDS);
		assertThat(first).isCompleted().isNotCompletedExceptionally();
		assertThat(second).isCompleted().isNotCompletedExceptionally();
	}

	/**
	 * The control: the same interleaving with each run inserted at once (as before)
	 * deadlocks, so the test above would see it.
	 */
	@Test
	void theSameInterleavingWithImmediateInsertsDeadlocks() throws Exception {
		String prefix = "dl-now-" + System.nanoTime() + "-";
		Set<String> lower = ids(prefix, 0, 50);
		Set<String> upper = ids(prefix, 50, 100);
		CyclicBarrier between = new CyclicBarrier(2);
		Consumer<Set<String>> insertNow = run -> this.jdbc.update(con -> {
			var ps = con.prepareStatement("insert into dirty_customer (customer_id) select id from unnest(?::text[]) "
					+ "as t(id) order by id on conflict do nothing");
			ps.setArray(1, con.createArrayOf("text", run.toArray(String[]::new)));
			return ps;
		});
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> batch(upper, lower, between, insertNow),
				this.threads);
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> batch(lower, upper, between, insertNow),
				this.threads);
		CompletableFuture.allOf(first, second).exceptionally(ex -> null).get(60, TimeUnit.SECONDS);
		assertThat(List.of(first, second)).anySatisfy(f -> assertThat(f).isCompletedExceptionally());
		Throwable failure = (first.isCompletedExceptionally() ? first : second).handle((v, ex) -> ex).join();
		assertThat(failure).hasStackTraceContaining("deadlock detected");
	}

	private void batch(Set<String> firstRun, Set<String> secondRun, CyclicBarrier between) {
		batch(firstRun, secondRun, between, this.marks::mark);
	}

	private void batch(Set<String> firstRun, Set<String> secondRun, CyclicBarrier between, Consumer<Set<String>> mark) {
		this.tx.executeWithoutResult(s -> {
			mark.accept(firstRun);
			// Both transactions have marked their first run before either marks its
			// second.
			await(between);
			mark.accept(secondRun);
		});
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<String> ids(String prefix, int from, int to) {
		return IntStream.range(from, to)
			.mapToObj(i -> prefix + "%03d".formatted(i))
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
