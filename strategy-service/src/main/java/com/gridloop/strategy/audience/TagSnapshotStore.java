package com.gridloop.strategy.audience;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import com.gridloop.common.task.TaskExecutors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Keeps every customer's latest tags in memory as {@link TagColumns}: loaded from
 * {@code customer_tags} on first use, then, before each read, brought up to date with the
 * rows written since the last read (by any replica's listener), so a preview or a launch
 * always sees what is stored. Reads share the columns; an update waits for them.
 */
@Component
class TagSnapshotStore {

	private static final Logger log = LoggerFactory.getLogger(TagSnapshotStore.class);

	/**
	 * Changed rows above which (and above a quarter of all) the snapshot is loaded anew.
	 */
	private static final int RELOAD_AT = 50_000;

	/** Rows applied per hold of the write lock while catching up. */
	private static final int CHUNK = 2048;

	/** What the store holds and what keeping it cost. */
	record Stats(int customers, int tags, long bytes, Instant loadedAt, double loadSeconds, Instant refreshedAt,
			long rowsRefreshed) {
	}

	private record Row(String id, byte[] segment, long at, byte[] json) {
	}

	private final TagSnapshotReader reader;

	private final JsonMapper json;

	/** Runs the warm-up and the parsing half of each load. */
	private final AsyncTaskExecutor threads;

	/** Parses caught-up rows, under the refresh lock. */
	private final TagJson catchUpParser;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final ReentrantLock refreshing = new ReentrantLock();

	private volatile TagColumns columns;

	private long watermark;

	private volatile Stats stats = new Stats(0, 0, 0, null, 0, null, 0);

	TagSnapshotStore(TagSnapshotReader reader, JsonMapper json,
			@Qualifier("audienceSnapshot") AsyncTaskExecutor threads) {
		this.reader = reader;
		this.json = json;
		this.threads = threads;
		this.catchUpParser = new TagJson(json);
	}

	/**
	 * A thread per task: a warm-up once, a parser per full load, both rare and long, and
	 * the parser must never wait behind other work while the JDBC thread fills its queue.
	 */
	@Bean
	static SimpleAsyncTaskExecutor audienceSnapshot() {
		return TaskExecutors.threadPerTask("audience-snapshot");
	}

	/**
	 * Brings the columns up to date, then gives them to the reader under the read lock. A
	 * read nested in another read on the same thread uses the columns as they are.
	 */
	<T> T read(Function<TagColumns, T> reading) {
		if (this.lock.getReadHoldCount() == 0) {
			refresh();
		}
		this.lock.readLock().lock();
		try {
			return reading.apply(this.columns);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	Stats stats() {
		return this.stats;
	}

	/**
	 * Loads the snapshot in the background once the service is up, so that the first
	 * preview after a restart finds it in memory.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		this.threads.execute(() -> {
			try {
				refresh();
			}
			catch (RuntimeException ex) {
				log.warn("The audience snapshot was not loaded at start; the first preview loads it: {}",
						ex.toString());
			}
		});
	}

	/**
	 * Loads everything the first time or when most rows changed (a bulk load, a nightly
	 * retag), else applies only the rows written since.
	 */
	void refresh() {
		this.refreshing.lock();
		try {
			if (this.columns == null
					|| this.reader.count(this.watermark) > Math.max(RELOAD_AT, this.columns.size() / 4)) {
				load();
			}
			else {
				catchUp();
			}
		}
		finally {
			this.refreshing.unlock();
		}
	}

	/**
	 * Reads every row into new columns, swapped in whole: the JDBC thread hands rows in
	 * batches to a second thread that parses them, so fetching and parsing overlap.
	 */
	private void load() {
		long t0 = System.nanoTime();
		long expected = this.reader.count(null);
		TagColumns fresh = new TagColumns((int) Math.min(Integer.MAX_VALUE - 8, expected + expected / 16 + 1024));
		TagJson parser = new TagJson(this.json);
		BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(16);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		long[] parsing = { 0 };
		Future<?> worker = this.threads.submit(() -> {
			try {
				for (List<Row> batch = queue.take(); !batch.isEmpty(); batch = queue.take()) {
					long p0 = System.nanoTime();
					batch.forEach(r -> parser.apply(fresh, r.id(), r.segment(), r.at(), r.json(), true));
					parsing[0] += System.nanoTime() - p0;
				}
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		});
		List<List<Row>> pending = new ArrayList<>(List.of(new ArrayList<>(CHUNK)));
		TagSnapshotReader.Pass pass;
		try {
			pass = this.reader.read(null, (id, segment, at, tags) -> {
				List<Row> batch = pending.get(0);
				batch.add(new Row(id, segment, at, tags));
				if (batch.size() == CHUNK) {
					hand(queue, batch, worker);
					pending.set(0, new ArrayList<>(CHUNK));
				}
			});
			hand(queue, pending.get(0), worker);
		}
		finally {
			hand(queue, List.of(), worker);
		}
		join(worker);
		if (failure.get() != null) {
			throw new IllegalStateException("Loading the audience snapshot failed", failure.get());
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		this.lock.writeLock().lock();
		try {
			this.columns = fresh;
			this.watermark = pass.watermark();
		}
		finally {
			this.lock.writeLock().unlock();
		}
		this.stats = new Stats(fresh.size(), fresh.columns().size(), fresh.bytes(), Instant.now(), seconds,
				Instant.now(), 0);
		log.info("Audience snapshot loaded: {} customers, {} tags, {} MB in memory, {} s ({} s parsing)", fresh.size(),
				fresh.columns().size(), fresh.bytes() >> 20, String.format("%.1f", seconds),
				String.format("%.1f", parsing[0] / 1e9));
	}

	/** Hands a batch to the parsing thread, unless it has stopped. */
	private static void hand(BlockingQueue<List<Row>> queue, List<Row> batch, Future<?> worker) {
		try {
			while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
				if (worker.isDone()) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading the audience snapshot", ex);
		}
	}

	private static void join(Future<?> worker) {
		try {
			worker.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading the audience snapshot", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Loading the audience snapshot failed", ex.getCause());
		}
	}

	private void catchUp() {
		List<Row> chunk = new ArrayList<>(CHUNK);
		TagSnapshotReader.Pass pass = this.reader.read(this.watermark, (id, segment, at, tags) -> {
			chunk.add(new Row(id, segment, at, tags));
			if (chunk.size() == CHUNK) {
				applyAll(chunk);
			}
		});
		applyAll(chunk);
		this.watermark = pass.watermark();
		TagColumns c = this.columns;
		Stats s = this.stats;
		this.stats = pass.rows() == 0
				? new Stats(s.customers(), s.tags(), s.bytes(), s.loadedAt(), s.loadSeconds(), Instant.now(),
						s.rowsRefreshed())
				: new Stats(c.size(), c.columns().size(), c.bytes(), s.loadedAt(), s.loadSeconds(), Instant.now(),
						s.rowsRefreshed() + pass.rows());
	}

	private void applyAll(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.lock.writeLock().lock();
		try {
			for (Row r : rows) {
				this.catchUpParser.apply(this.columns, r.id(), r.segment(), r.at(), r.json(), false);
			}
		}
		finally {
			this.lock.writeLock().unlock();
		}
		rows.clear();
	}

}
