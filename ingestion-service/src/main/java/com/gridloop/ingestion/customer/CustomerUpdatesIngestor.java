package com.gridloop.ingestion.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.records.AliasDirectory;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.records.RecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;
import com.gridloop.ingestion.read.RowRejected;

import org.springframework.stereotype.Component;

/**
 * Archive updates of known customers: transformer area, account status (ACTIVE, CLOSED)
 * and closing date.
 */
@Component
class CustomerUpdatesIngestor extends RecordIngestor<CustomerUpdated> {

	private static final Set<String> STATUSES = Set.of("ACTIVE", "CLOSED", "SUSPENDED");

	private final AliasDirectory aliases;

	private final Outbox outbox;

	private Map<String, String> customers;

	CustomerUpdatesIngestor(RecordSupport support, AliasDirectory aliases, Outbox outbox) {
		super(support);
		this.aliases = aliases;
		this.outbox = outbox;
	}

	@Override
	public Source source() {
		return Source.CUSTOMER_UPDATES;
	}

	@Override
	protected Map<String, List<String>> columns() {
		return Map.of("customer_no", List.of("customer_no", "客户编号"), "transformer_area",
				List.of("transformer_area", "tg_no", "台区"), "status", List.of("status", "状态"), "closed_date",
				List.of("closed_date", "销户日期"));
	}

	@Override
	protected List<String> required() {
		return List.of("customer_no");
	}

	@Override
	protected void begin(UUID batchId) {
		this.customers = this.aliases.snapshot("CUSTOMER_NO");
	}

	@Override
	protected CustomerUpdated parse(Fields f, BatchTally tally) throws RowRejected {
		String customerNo = f.required("customer_no");
		String customerId = this.customers.get(customerNo);
		if (customerId == null) {
			throw new RowRejected(Reason.UNKNOWN_ACCOUNT, "Customer " + customerNo + " is not in the archive");
		}
		String status = f.text("status") == null ? "ACTIVE" : f.text("status").toUpperCase(Locale.ROOT);
		if (!STATUSES.contains(status)) {
			throw new RowRejected(Reason.UNKNOWN_CODE, "Unknown account status " + status + "; known: " + STATUSES);
		}
		LocalDate closed = f.date("closed_date", false);
		if ("CLOSED".equals(status) && closed == null) {
			throw new RowRejected(Reason.MISSING_VALUE, "A closed account needs its closed_date");
		}
		if (closed != null && closed.isAfter(LocalDate.now())) {
			throw new RowRejected(Reason.FUTURE_TIMESTAMP, "closed_date is in the future: " + closed);
		}
		return new CustomerUpdated(customerId, customerNo, f.text("transformer_area"), status, closed);
	}

	@Override
	protected long write(UUID batchId, List<CustomerUpdated> rows, BatchTally tally) {
		this.jdbc.batchUpdate("""
				update customer set transformer_area = coalesce(?, transformer_area), status = ?, closed_date = ?,
				  updated_at = now() where customer_id = ?""", rows, 1000, (ps, u) -> {
			ps.setString(1, u.transformerArea());
			ps.setString(2, u.status());
			ps.setObject(3, u.closedDate());
			ps.setString(4, u.customerId());
		});
		this.outbox.appendAll(Events.CUSTOMER_UPDATED, rows, CustomerUpdated::customerId);
		return rows.size();
	}

}
