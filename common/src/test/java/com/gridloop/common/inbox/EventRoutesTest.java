package com.gridloop.common.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.event.EventEnvelope;
import com.gridloop.common.event.EventType;
import com.gridloop.common.event.MalformedEventException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRoutesTest {

	record Linked(String customerId) {
	}

	record Merged(String survivorId, String mergedId) {
	}

	private static final EventType LINKED = new EventType("t", "CustomerLinked", 2);

	private static final EventType MERGED = new EventType("t", "CustomerMerged", 1);

	private final JsonMapper json = JsonMapper.builder().build();

	private final EventCodec codec = new EventCodec(this.json, "test");

	@Test
	void handsEventsToTheirTypesHandlerInRunsThatKeepTheirOrder() {
		List<String> seen = new ArrayList<>();
		EventRoutes routes = new EventRoutes(this.codec)
			.onPayloads(LINKED, Linked.class,
					run -> seen.add("linked " + run.stream().map(Linked::customerId).toList()))
			.on(MERGED, Merged.class,
					run -> seen.add("merged " + run.get(0).payload().mergedId() + " key " + run.get(0).key()));

		routes.dispatch(List.of(event(LINKED, 1, new Linked("a")), event(LINKED, 2, new Linked("b")),
				event(MERGED, 1, new Merged("a", "b")), event(new EventType("t", "Unknown", 1), 1, new Linked("x")),
				event(LINKED, 1, new Linked("c"))));

		assertThat(seen).containsExactly("linked [a, b]", "merged b key k", "linked [c]");
	}

	@Test
	void anEventOfANewerSchemaVersionThanTheConsumerReadsIsMalformed() {
		EventRoutes routes = new EventRoutes(this.codec).onPayloads(MERGED, Merged.class, run -> {
		});
		assertThatThrownBy(() -> routes.dispatch(List.of(event(MERGED, 2, new Merged("a", "b")))))
			.isInstanceOf(MalformedEventException.class)
			.hasMessageContaining("schema version 2");
	}

	@Test
	void aTypeIsRoutedOnce() {
		EventRoutes routes = new EventRoutes(this.codec).onPayloads(MERGED, Merged.class, run -> {
		});
		assertThatThrownBy(() -> routes.onPayloads(MERGED, Merged.class, run -> {
		})).isInstanceOf(IllegalStateException.class);
	}

	private EventEnvelope event(EventType type, int version, Object payload) {
		return new EventEnvelope(UUID.randomUUID(), type.name(), version, Instant.now(), "test", "c", "k",
				this.json.valueToTree(payload));
	}

}
