package com.gridloop.ingestion.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gridloop.common.event.Events;
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

	private AliasDirectory.Archive customers;

	CustomerUpdatesIngestor(RecordSupport support, AliasDirectory aliases) {
		super(support, Source.CUSTOMER_UPDATES,
				Map.of("customer_no", List.of("customer_no", "客户编号"), "transformer_area",
						List.of("transformer_area", "tg_no", "台区"), "status", List.of("status", "状态"), "closed_date",
						List.of("closed_date", "销户日期")),
				List.of("customer_no"));
		this.aliases = aliases;
	}

	@Override
	protected void begin(UUID batchId) {
		this.customers = this.aliases.archive("CUSTOMER_NO", "Customer");
	}

	@Override
	protected CustomerUpdated parse(Fields f, BatchTally tally) throws RowRejected {
		String customerNo = f.required("customer_no");
		String customerId = this.customers.customerOf(customerNo);
		String status = f.text("status") == null ? "ACTIVE" : f.text("status").toUpperCase(Locale.ROOT);
		if (!STATUSES.contains(status)) {
			throw new RowRejected(Reason.UNKNOWN_CODE, "Unknown account status " + status + "; known: " + STATUSES);
		}
		LocalDate closed = f.date("closed_date", false);
		if ("CLOSED".equals(status) && closed == null) {
			throw new RowRejected(Reason.MISSING_VALUE, "A closed account needs its closed_date");
		}
		f.notAfterToday("closed_date", closed);
		return new CustomerUpdated(customerId, customerNo, f.text("transformer_area"), status, closed);
	}

	@Override
	protected long write(UUID batchId, List<CustomerUpdated> rows, BatchTally tally) {
		return storeAndPublish("""
				update customer set transformer_area = coalesce(?, transformer_area), status = ?, closed_date = ?,
				  updated_at = now() where customer_id = ?""", rows, (ps, u) -> {
			ps.setString(1, u.transformerArea());
			ps.setString(2, u.status());
			ps.setObject(3, u.closedDate());
			ps.setString(4, u.customerId());
		}, Events.CUSTOMER_UPDATED, CustomerUpdated::customerId);
	}

}
