package com.gridloop.reach.dispatch;

import java.time.Instant;
import java.util.UUID;

import com.gridloop.reach.channel.ChannelAdapter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One contact attempt (or the decision not to contact) for a treatment target: queued,
 * then sent or suppressed, once. Its state changes only through the methods named after
 * the steps, each refusing a dispatch already done.
 */
@Entity
@Table(name = "dispatch")
public class Dispatch {

	/**
	 * Where a dispatch is in its life; the names are the texts stored in the table.
	 * QUEUED → SENDING (claimed) → SENT → DELIVERED → READ → CLICKED → RESPONDED, or
	 * FAILED (attempts and reason kept), or SUPPRESSED by the contact policy.
	 */
	public enum Status {

		QUEUED, SENDING, SENT, DELIVERED, READ, CLICKED, RESPONDED, FAILED, SUPPRESSED

	}

	@Id
	private UUID id;

	private UUID campaignId;

	private String customerId;

	private String channel;

	@Enumerated(EnumType.STRING)
	private Status status;

	/** Why a dispatch was not sent. */
	private String detail;

	private Instant createdAt;

	private Instant sentAt;

	/**
	 * A wrapper so Spring Data sees a new dispatch as new and inserts it without a select
	 * first.
	 */
	@Version
	private Long version;

	protected Dispatch() {
	}

	/**
	 * A dispatch waiting for the worker. TargetListener writes the same row by a JDBC
	 * batch for whole target lists; this is for single dispatches.
	 */
	static Dispatch queue(UUID campaignId, String customerId, String channel, Instant at) {
		Dispatch d = new Dispatch();
		d.id = UUID.randomUUID();
		d.campaignId = campaignId;
		d.customerId = customerId;
		d.channel = channel;
		d.status = Status.QUEUED;
		d.createdAt = at;
		return d;
	}

	/**
	 * Sends the body through the channel and marks the dispatch sent. The check comes
	 * before the channel is called, so a dispatch already sent or suppressed is never
	 * sent (again).
	 */
	MessageDispatched send(ChannelAdapter adapter, String body, Instant at) {
		expectQueued("send");
		adapter.send(new ChannelAdapter.Message(this.id, this.customerId, this.channel, body));
		this.status = Status.SENT;
		this.sentAt = at;
		return new MessageDispatched(this.id.toString(), this.campaignId.toString(), this.customerId, this.channel, at);
	}

	/**
	 * Decides not to contact the customer. Publishes nothing: only a contact made is an
	 * exposure to evaluate.
	 */
	void suppress(String reason) {
		expectQueued("suppress");
		this.status = Status.SUPPRESSED;
		this.detail = reason;
	}

	private void expectQueued(String step) {
		if (this.status != Status.QUEUED) {
			throw new IllegalStateException(
					"Cannot " + step + " dispatch " + this.id + ": it is " + this.status + ", not QUEUED");
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID campaignId() {
		return this.campaignId;
	}

	public String customerId() {
		return this.customerId;
	}

	public String channel() {
		return this.channel;
	}

	public Status status() {
		return this.status;
	}

	public String detail() {
		return this.detail;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

}
