package com.gridloop.ingestion.customer;

import java.time.Instant;
import java.util.List;

import com.gridloop.common.audit.AuditLog;
import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.common.web.Problems;
import com.gridloop.ingestion.quarantine.QuarantineErasure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a customer's personal data (right to erasure): name, phone and address of the
 * golden customer, its phone alias, the callers' details on its tickets, its app users'
 * phones, its applications' applicant details, its identity review records and its
 * quarantined raw lines (any line naming it, see {@link QuarantineErasure}). Ids, facts
 * and aggregates stay. A CustomerErased event tells the other services to drop their
 * copies; the erasure is audited.
 */
@Service
class CustomerErasure {

	/** What was erased. */
	record Erased(String customerId, Instant erasedAt, int aliasesRemoved) {
	}

	/** The event: the customer's personal data is gone, drop every copy. */
	record CustomerErased(String customerId, Instant erasedAt) {
	}

	private static final List<String> ERASE = List.of(
			"update ticket set caller_phone = null, caller_name = null, caller_address = null where customer_id = ?",
			"update app_event set phone = null where customer_id = ?",
			"update connection_application set applicant_name = null, applicant_phone = null, address = null"
					+ " where customer_id = ?",
			"update identity_review set record = record - 'name' - 'phone' - 'address' where candidate_customer_id = ?");

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final AuditLog audit;

	private final QuarantineErasure quarantine;

	CustomerErasure(JdbcClient jdbc, Outbox outbox, AuditLog audit, QuarantineErasure quarantine) {
		this.jdbc = jdbc;
		this.quarantine = quarantine;
		this.outbox = outbox;
		this.audit = audit;
	}

	@Transactional
	Erased erase(String customerId) {
		// Read before they are erased: what the customer's quarantined raw lines may say.
		List<String> identifiers = this.jdbc.sql("""
				select unnest(array[customer_id, customer_no, cons_no, name, phone, address]) from customer
				where customer_id = ?
				union select alias_value from customer_alias where customer_id = ?""")
			.params(customerId, customerId)
			.query(String.class)
			.list();
		int customers = this.jdbc.sql(
				"update customer set name = null, phone = null, address = null, updated_at = now() where customer_id = ?")
			.param(customerId)
			.update();
		if (customers == 0) {
			throw Problems.notFound("Customer", customerId);
		}
		int aliases = this.jdbc.sql("delete from customer_alias where customer_id = ? and alias_type = 'PHONE'")
			.param(customerId)
			.update();
		for (String sql : ERASE) {
			this.jdbc.sql(sql).param(customerId).update();
		}
		this.quarantine.erase(identifiers);
		Instant now = Instant.now();
		this.outbox.append(Events.CUSTOMER_ERASED, customerId, new CustomerErased(customerId, now));
		this.audit.record(AuditLog.Action.ERASURE, List.of(customerId), "DELETE /api/v1/customers/{id}/personal-data");
		return new Erased(customerId, now, aliases);
	}

}
