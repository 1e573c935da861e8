package com.gridloop.ingestion.ticket;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.identity.IdentityService;
import com.gridloop.ingestion.identity.LinkMethod;
import com.gridloop.ingestion.identity.RecordLinked;
import com.gridloop.ingestion.identity.RecordLinker;
import com.gridloop.ingestion.identity.RecordUnlinked;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.read.RowRejected;
import com.gridloop.ingestion.identity.LinkedRecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;
import com.gridloop.ingestion.standard.Phones;

import org.springframework.stereotype.Component;

/**
 * 95598 service tickets. Each is linked to a customer by its account number, else by the
 * caller's phone, else by the probabilistic matcher on the caller's name, phone and
 * address (a sure match is linked, a doubtful one waits in the identity review queue and
 * is linked when a person accepts it); a ticket none of them finds is kept unlinked (it
 * counts against consistency) rather than dropped.
 */
@Component
class TicketsIngestor extends LinkedRecordIngestor<TicketsIngestor.Ticket> {

	/** The 95598 ticket types and their standard categories. */
	static final Map<String, String> CATEGORIES = Map.ofEntries(Map.entry("业务咨询", "CONSULTATION"),
			Map.entry("故障报修", "FAULT_REPAIR"), Map.entry("投诉", "COMPLAINT"), Map.entry("举报", "REPORT"),
			Map.entry("建议", "SUGGESTION"), Map.entry("意见", "SUGGESTION"), Map.entry("表扬", "PRAISE"),
			Map.entry("服务申请", "SERVICE_REQUEST"), Map.entry("CONSULTATION", "CONSULTATION"),
			Map.entry("FAULT_REPAIR", "FAULT_REPAIR"), Map.entry("COMPLAINT", "COMPLAINT"),
			Map.entry("REPORT", "REPORT"), Map.entry("SUGGESTION", "SUGGESTION"), Map.entry("PRAISE", "PRAISE"),
			Map.entry("SERVICE_REQUEST", "SERVICE_REQUEST"));

	record Ticket(TicketRecorded event, String consNo, String callerPhone, String callerName, String callerAddress,
			String content, String resolution) {

		Ticket linked(String customerId, LinkMethod method) {
			TicketRecorded e = this.event;
			return new Ticket(
					new TicketRecorded(e.ticketId(), customerId, method.name(), e.category(), e.typeLabel(),
							e.acceptTime(), e.handleTime()),
					this.consNo, this.callerPhone, this.callerName, this.callerAddress, this.content, this.resolution);
		}

	}

	/** The identity source name of 95598 tickets. */
	static final String SOURCE = "95598";

	TicketsIngestor(RecordSupport support, RecordLinker linker) {
		super(support, Source.TICKETS, Map.of("ticket_id", List.of("ticket_id", "app_no", "工单编号"), "cons_no",
				List.of("cons_no", "户号"), "caller_phone", List.of("caller_phone", "phone", "来电号码"), "ticket_type",
				List.of("ticket_type", "busi_type", "业务类型"), "content", List.of("content", "accept_content", "受理内容"),
				"accept_time", List.of("accept_time", "受理时间"), "handle_time", List.of("handle_time", "处理时间"),
				"resolution", List.of("resolution", "handle_result", "处理结果"), "caller_name",
				List.of("caller_name", "contact_name", "联系人"), "caller_address",
				List.of("caller_address", "address", "联系地址", "用电地址")),
				List.of("ticket_id", "ticket_type", "accept_time"), linker, SOURCE, false);
	}

	@Override
	protected Ticket parse(Fields f, BatchTally tally) throws RowRejected {
		String id = f.required("ticket_id");
		String type = f.required("ticket_type");
		String category = CATEGORIES.get(type);
		if (category == null) {
			throw new RowRejected(Reason.UNKNOWN_CODE,
					"Unknown ticket type " + type + "; known: " + CATEGORIES.keySet());
		}
		OffsetDateTime accepted = f.time("accept_time", true);
		Fields.notFuture("accept_time", accepted);
		OffsetDateTime handled = f.time("handle_time", false);
		if (handled != null && handled.isBefore(accepted)) {
			throw new RowRejected(Reason.INCONSISTENT, "handle_time " + handled + " is before accept_time " + accepted);
		}
		String consNo = f.text("cons_no");
		String phone = Phones.normalise(f.text("caller_phone"));
		RecordLinker.Link link = this.links.byKeys(id, consNo, phone, tally);
		return new Ticket(
				new TicketRecorded(id, link.customerId(), link.method().name(), category, type, accepted, handled),
				consNo, f.text("caller_phone"), f.text("caller_name"), f.text("caller_address"), f.text("content"),
				f.text("resolution"));
	}

	/**
	 * Tickets no key linked whose caller gave a name: resolved by the matcher (the region
	 * from the district the address names, as agents write no region code), sure links
	 * taken.
	 */
	private List<Ticket> resolveCallers(List<Ticket> rows, BatchTally tally) {
		List<IdentityService.Candidate> candidates = rows.stream()
			.filter(t -> t.event().customerId() == null && t.callerName() != null)
			.map(t -> this.links.candidate(t.event().ticketId(), t.callerName(), Phones.normalise(t.callerPhone()),
					t.callerAddress(), t.consNo()))
			.toList();
		if (candidates.isEmpty()) {
			return rows;
		}
		Map<String, String> linked = this.links.match(candidates);
		tally.unresolvedReferences -= linked.size();
		return rows.stream().map(t -> {
			String customer = linked.get(t.event().ticketId());
			return customer == null || t.event().customerId() != null ? t
					: t.linked(customer, LinkMethod.PROBABILISTIC);
		}).toList();
	}

	/**
	 * A ticket's caller a person matched in the review queue: the ticket points at the
	 * customer from now on.
	 */
	@Override
	protected void linked(RecordLinked linked) {
		String method = linked.linkMethod().name();
		List<TicketRecorded> updated = this.jdbc.query("""
				update ticket set customer_id = ?, link_method = ? where ticket_id = ? and customer_id is null
				returning ticket_id, ticket_type, category, accept_time, handle_time""",
				(rs, i) -> new TicketRecorded(rs.getString(1), linked.customerId(), method, rs.getString(3),
						rs.getString(2), rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)),
				linked.customerId(), method, linked.recordId());
		this.outbox.appendAll(Events.TICKET_RECORDED, updated, TicketRecorded::customerId);
	}

	/**
	 * A ticket's caller wrongly linked: the ticket belongs to nobody known again, and
	 * says so downstream.
	 */
	@Override
	protected void unlinked(RecordUnlinked unlinked) {
		List<TicketRecorded> updated = this.jdbc.query("""
				update ticket set customer_id = null, link_method = 'NONE' where ticket_id = ? and customer_id = ?
				returning ticket_id, ticket_type, category, accept_time, handle_time""",
				(rs, i) -> new TicketRecorded(rs.getString(1), null, LinkMethod.NONE.name(), rs.getString(3),
						rs.getString(2), rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)),
				unlinked.recordId(), unlinked.customerId());
		this.outbox.appendAll(Events.TICKET_RECORDED, updated, e -> "ticket:" + e.ticketId());
	}

	@Override
	protected long write(UUID batchId, List<Ticket> chunk, BatchTally tally) {
		List<Ticket> rows = resolveCallers(chunk, tally);
		this.jdbc.batchUpdate("""
				insert into ticket (ticket_id, cons_no, caller_phone, customer_id, link_method, ticket_type, category,
				  content, accept_time, handle_time, resolution, batch_id, caller_name, caller_address)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (ticket_id) do update set customer_id = excluded.customer_id,
				  link_method = excluded.link_method, handle_time = excluded.handle_time,
				  resolution = excluded.resolution, batch_id = excluded.batch_id, caller_name = excluded.caller_name,
				  caller_address = excluded.caller_address""", rows, 1000, (ps, t) -> {
			TicketRecorded e = t.event();
			ps.setString(1, e.ticketId());
			ps.setString(2, t.consNo());
			ps.setString(3, t.callerPhone());
			ps.setString(4, e.customerId());
			ps.setString(5, e.linkMethod());
			ps.setString(6, e.typeLabel());
			ps.setString(7, e.category());
			ps.setString(8, t.content());
			ps.setObject(9, e.acceptTime());
			ps.setObject(10, e.handleTime());
			ps.setString(11, t.resolution());
			ps.setObject(12, batchId);
			ps.setString(13, t.callerName());
			ps.setString(14, t.callerAddress());
		});
		List<TicketRecorded> events = rows.stream().map(Ticket::event).toList();
		this.outbox.appendAll(Events.TICKET_RECORDED, events,
				e -> e.customerId() != null ? e.customerId() : "ticket:" + e.ticketId());
		return events.size();
	}

}
