package com.gridloop.strategy.audience;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

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

	/** Rows applied per hold of the write lock while catching up. */
	private static final int CHUNK = 2048;

	/** What the store holds and what keeping it cost. */
	record Stats(int customers, int tags, long bytes, Instant loadedAt, double loadSeconds, Instant refreshedAt,
			long rowsRefreshed) {
	}

	private record Row(String id, String segment, long at, byte[] json) {
	}

	private final TagSnapshotReader reader;

	private final JsonMapper json;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final ReentrantLock refreshing = new ReentrantLock();

	private volatile TagColumns columns;

	private long watermark;

	private volatile Stats stats = new Stats(0, 0, 0, null, 0, null, 0);

	TagSnapshotStore(TagSnapshotReader reader, JsonMapper json) {
		this.reader = reader;
		this.json = json;
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

	/** Loads everything the first time, then only the rows written since. */
	void refresh() {
		this.refreshing.lock();
		try {
			if (this.columns == null) {
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

	private void load() {
		long t0 = System.nanoTime();
		long expected = this.reader.count();
		TagColumns fresh = new TagColumns((int) Math.min(Integer.MAX_VALUE - 8, expected + expected / 16 + 1024));
		TagSnapshotReader.Pass pass = this.reader.read(null,
				(id, segment, at, tags) -> apply(fresh, id, segment, at, tags));
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
		log.info("Audience snapshot loaded: {} customers, {} tags, {} MB in memory, {} s", fresh.size(),
				fresh.columns().size(), fresh.bytes() >> 20, String.format("%.1f", seconds));
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
				apply(this.columns, r.id(), r.segment(), r.at(), r.json());
			}
		}
		finally {
			this.lock.writeLock().unlock();
		}
		rows.clear();
	}

	/** Writes one customer's snapshot, unless the one held is newer. */
	private void apply(TagColumns into, String id, String segment, long at, byte[] tags) {
		if (!into.begin(id, segment, at)) {
			return;
		}
		try (JsonParser p = this.json.createParser(tags)) {
			if (p.nextToken() == JsonToken.START_OBJECT) {
				while (p.nextToken() == JsonToken.PROPERTY_NAME) {
					String tag = p.currentName();
					switch (p.nextToken()) {
						case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> into.number(tag, p.getDoubleValue());
						case VALUE_STRING, VALUE_TRUE, VALUE_FALSE -> into.text(tag, p.getString());
						case START_OBJECT, START_ARRAY -> p.skipChildren();
						default -> {
							// null: the customer has no value
						}
					}
				}
			}
		}
		into.end();
	}

}
