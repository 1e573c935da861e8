package com.gridloop.strategy.audience;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Every customer's latest tags in columns, one row per customer: the in-memory snapshot
 * rules are evaluated on. A customer's snapshot is written with {@link #begin},
 * {@link #number} or {@link #text} per tag, then {@link #end}, which clears the tags the
 * new snapshot no longer carries. Not thread-safe: {@link TagSnapshotStore} guards it.
 */
final class TagColumns {

	private int size;

	private String[] ids;

	private long[] computedAt;

	private int[] segments;

	private final Dictionary segmentNames = new Dictionary();

	private final IdIndex index = new IdIndex();

	private final Map<String, TagColumn> columns = new HashMap<>();

	private int row = -1;

	private int stamp;

	TagColumns(int capacity) {
		int c = Math.max(capacity, 16);
		this.ids = new String[c];
		this.computedAt = new long[c];
		this.segments = new int[c];
	}

	int size() {
		return this.size;
	}

	String id(int row) {
		return this.ids[row];
	}

	/** The customer's segment code, or null before a segmentation run placed it. */
	String segment(int row) {
		int s = this.segments[row];
		return s < 0 ? null : this.segmentNames.value(s);
	}

	int segmentCode(int row) {
		return this.segments[row];
	}

	Dictionary segmentNames() {
		return this.segmentNames;
	}

	/** The column of a tag, or null when no customer has carried it. */
	TagColumn column(String code) {
		return this.columns.get(code);
	}

	Collection<TagColumn> columns() {
		return this.columns.values();
	}

	/**
	 * Starts writing a customer's snapshot.
	 * @return false, and nothing is written, when the stored snapshot is newer
	 */
	boolean begin(String id, String segment, long computedAtMillis) {
		int r = this.index.find(id, this.ids);
		if (r < 0) {
			r = append(id);
		}
		else if (this.computedAt[r] > computedAtMillis) {
			this.row = -1;
			return false;
		}
		start(r, segment, computedAtMillis);
		return true;
	}

	private void start(int r, String segment, long computedAtMillis) {
		this.row = r;
		this.stamp++;
		this.computedAt[r] = computedAtMillis;
		this.segments[r] = segment == null ? -1 : this.segmentNames.code(segment);
	}

	/** Starts writing the snapshot of a customer known not to be in the columns yet. */
	void beginAdded(String id, String segment, long computedAtMillis) {
		start(append(id), segment, computedAtMillis);
	}

	void number(String tag, double value) {
		TagColumn column = touch(tag, true);
		if (column instanceof TagColumn.Numbers numbers) {
			numbers.set(this.row, value);
		}
		else {
			((TagColumn.Texts) column).set(this.row, RuleNode.Rules.formatNumber(value));
		}
	}

	void text(String tag, String value) {
		TagColumn column = touch(tag, false);
		if (column instanceof TagColumn.Numbers numbers) {
			column = numbers.asTexts();
			this.columns.put(tag, column);
		}
		((TagColumn.Texts) column).set(this.row, value);
	}

	/** Ends the customer's snapshot: tags it did not carry are cleared. */
	void end() {
		for (TagColumn c : this.columns.values()) {
			if (c.stamp != this.stamp) {
				c.clear(this.row);
			}
		}
		this.row = -1;
	}

	/** Estimated heap bytes of the whole snapshot. */
	long bytes() {
		long bytes = this.index.bytes() + this.segmentNames.bytes() + 16L * 3 + (long) this.ids.length * (4 + 8 + 4);
		for (int i = 0; i < this.size; i++) {
			bytes += 40 + this.ids[i].length();
		}
		for (TagColumn c : this.columns.values()) {
			bytes += c.bytes();
		}
		return bytes;
	}

	private TagColumn touch(String tag, boolean number) {
		TagColumn column = this.columns.get(tag);
		if (column == null) {
			column = number ? new TagColumn.Numbers(tag, this.ids.length) : new TagColumn.Texts(tag, this.ids.length);
			this.columns.put(tag, column);
		}
		column.stamp = this.stamp;
		column.seen(this.computedAt[this.row]);
		return column;
	}

	private int append(String id) {
		if (this.size == this.ids.length) {
			int capacity = this.ids.length + (this.ids.length >> 1);
			this.ids = Arrays.copyOf(this.ids, capacity);
			this.computedAt = Arrays.copyOf(this.computedAt, capacity);
			this.segments = Arrays.copyOf(this.segments, capacity);
			this.columns.values().forEach(c -> c.grow(capacity));
		}
		int r = this.size++;
		this.ids[r] = id;
		this.segments[r] = -1;
		this.index.add(r, this.ids);
		return r;
	}

}
