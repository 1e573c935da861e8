package com.gridloop.reach.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.gridloop.reach.channel.ChannelAdapter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * A dispatch is sent or suppressed once, and only a dispatch sent publishes
 * MessageDispatched.
 */
class DispatchTest {

	private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");

	private final UUID campaign = UUID.randomUUID();

	private final Recording channel = new Recording();

	@Test
	void sendingGoesThroughTheChannelAndReturnsMessageDispatched() {
		Dispatch d = Dispatch.queue(this.campaign, "c-1", "SMS", AT);

		MessageDispatched event = d.send(this.channel, "body", AT.plusSeconds(5));

		assertThat(d.status()).isEqualTo(Dispatch.Status.SENT);
		assertThat(d.sentAt()).isEqualTo(AT.plusSeconds(5));
		assertThat(event).isEqualTo(
				new MessageDispatched(d.id().toString(), this.campaign.toString(), "c-1", "SMS", AT.plusSeconds(5)));
		assertThat(this.channel.sent).containsExactly(new ChannelAdapter.Message(d.id(), "c-1", "SMS", "body"));
	}

	@Test
	void aDispatchCannotBeSentTwice() {
		Dispatch d = Dispatch.queue(this.campaign, "c-1", "SMS", AT);
		d.send(this.channel, "body", AT);

		assertThatIllegalStateException().isThrownBy(() -> d.send(this.channel, "body", AT.plusSeconds(1)))
			.withMessageContaining("SENT");
		assertThat(this.channel.sent).hasSize(1);
		assertThat(d.sentAt()).isEqualTo(AT);
	}

	@Test
	void aSuppressedDispatchIsNeverSent() {
		Dispatch d = Dispatch.queue(this.campaign, "c-1", "SMS", AT);
		d.suppress("customer opted out of SMS");

		assertThatIllegalStateException().isThrownBy(() -> d.send(this.channel, "body", AT));
		assertThat(this.channel.sent).isEmpty();
		assertThat(d.status()).isEqualTo(Dispatch.Status.SUPPRESSED);
		assertThat(d.detail()).isEqualTo("customer opted out of SMS");
		assertThat(d.sentAt()).isNull();
	}

	@Test
	void aSentDispatchCannotBeSuppressedNorASuppressedOneAgain() {
		Dispatch sent = Dispatch.queue(this.campaign, "c-1", "SMS", AT);
		sent.send(this.channel, "body", AT);
		assertThatIllegalStateException().isThrownBy(() -> sent.suppress("too late"));
		assertThat(sent.status()).isEqualTo(Dispatch.Status.SENT);
		assertThat(sent.detail()).isNull();

		Dispatch suppressed = Dispatch.queue(this.campaign, "c-2", "SMS", AT);
		suppressed.suppress("first");
		assertThatIllegalStateException().isThrownBy(() -> suppressed.suppress("second"));
		assertThat(suppressed.detail()).isEqualTo("first");
	}

	@Test
	void aChannelThatRefusesLeavesTheDispatchQueued() {
		Dispatch d = Dispatch.queue(this.campaign, "c-1", "SMS", AT);
		this.channel.refuse = true;

		assertThatRuntimeException().isThrownBy(() -> d.send(this.channel, "body", AT));

		assertThat(d.status()).isEqualTo(Dispatch.Status.QUEUED);
		assertThat(d.sentAt()).isNull();
	}

	/** A channel that records what it was asked to send, or refuses everything. */
	static final class Recording implements ChannelAdapter {

		final List<Message> sent = new ArrayList<>();

		boolean refuse;

		@Override
		public boolean serves(String channel) {
			return true;
		}

		@Override
		public String send(Message message) {
			if (this.refuse) {
				throw new IllegalStateException("gateway refused " + message.dispatchId());
			}
			this.sent.add(message);
			return "recorded-" + message.dispatchId();
		}

	}

}
