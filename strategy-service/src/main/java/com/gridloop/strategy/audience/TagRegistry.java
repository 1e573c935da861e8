package com.gridloop.strategy.audience;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.gridloop.strategy.customer.TagSnapshotsStored;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tags strategy knows, learnt from the snapshots it receives (strategy does not read
 * profile's definitions): each tag's type and when it was first and last seen. Rules are
 * checked against it.
 */
@Component
record TagRegistry(JdbcClient jdbc) {

	/** A tag as learnt: its type and the first and latest snapshot times carrying it. */
	record LearntTag(String code, TagType type, Instant firstSeen, Instant lastSeen) {

		LearntTag merge(LearntTag other) {
			return new LearntTag(this.code, this.type.merge(other.type),
					this.firstSeen.isBefore(other.firstSeen) ? this.firstSeen : other.firstSeen,
					this.lastSeen.isAfter(other.lastSeen) ? this.lastSeen : other.lastSeen);
		}

	}

	/** Learns from snapshots in the transaction that stores them. */
	@EventListener
	void on(TagSnapshotsStored stored) {
		Map<String, LearntTag> seen = new TreeMap<>();
		for (TagSnapshotsStored.Snapshot s : stored.snapshots()) {
			s.tags().forEach((code, value) -> {
				if (value != null) {
					seen.merge(code, new LearntTag(code, TagType.of(value), s.computedAt(), s.computedAt()),
							LearntTag::merge);
				}
			});
		}
		learn(seen.values());
	}

	/**
	 * Records tags; a tag seen with another type than before becomes TEXT. Rows are
	 * written in code order, so concurrent writers lock them in the same order.
	 */
	void learn(Iterable<LearntTag> tags) {
		List<LearntTag> sorted = new ArrayList<>();
		tags.forEach(sorted::add);
		sorted.sort(java.util.Comparator.comparing(LearntTag::code));
		for (LearntTag t : sorted) {
			this.jdbc.sql("""
					insert into audience_tag (tag_code, value_type, first_seen, last_seen) values (?, ?, ?, ?)
					on conflict (tag_code) do update set
					  value_type = case when audience_tag.value_type = excluded.value_type
					                    then audience_tag.value_type else 'TEXT' end,
					  first_seen = least(audience_tag.first_seen, excluded.first_seen),
					  last_seen = greatest(audience_tag.last_seen, excluded.last_seen)
					where audience_tag.value_type <> excluded.value_type
					   or audience_tag.first_seen > excluded.first_seen
					   or audience_tag.last_seen < excluded.last_seen""")
				.params(t.code(), t.type().name(), Timestamp.from(t.firstSeen()), Timestamp.from(t.lastSeen()))
				.update();
		}
	}

	/** Every known tag by code, in code order. */
	Map<String, LearntTag> all() {
		Map<String, LearntTag> tags = new LinkedHashMap<>();
		this.jdbc.sql("select tag_code, value_type, first_seen, last_seen from audience_tag order by tag_code")
			.query((rs, i) -> new LearntTag(rs.getString(1), TagType.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()))
			.list()
			.forEach(t -> tags.put(t.code(), t));
		return tags;
	}

}
