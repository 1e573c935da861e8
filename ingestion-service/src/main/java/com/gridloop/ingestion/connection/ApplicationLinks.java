package com.gridloop.ingestion.connection;

import java.util.List;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;
import com.gridloop.ingestion.identity.RecordLinked;
import com.gridloop.ingestion.identity.RecordUnlinked;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links made or removed after an application was stored: a person accepting the matcher's
 * doubtful proposal, or removing a wrong link. The application is published again with
 * its customer, or as a prospect.
 */
@Component
record ApplicationLinks(JdbcTemplate jdbc, Outbox outbox) {

	/**
	 * An applicant a person matched in the review queue: the application belongs to the
	 * customer from now on.
	 */
	@EventListener
	void onRecordLinked(RecordLinked linked) {
		if (ConnectionApplicationsIngestor.SOURCE.equals(linked.source())) {
			republish("""
					update connection_application set customer_id = ?, link_method = ?
					where application_no = ? and customer_id is null""", linked.customerId(),
					linked.linkMethod().name(), linked.recordId());
		}
	}

	/** An applicant wrongly linked: the application is a prospect again. */
	@EventListener
	void onRecordUnlinked(RecordUnlinked unlinked) {
		if (ConnectionApplicationsIngestor.SOURCE.equals(unlinked.source())) {
			republish("""
					update connection_application set customer_id = null, link_method = 'NONE'
					where application_no = ? and customer_id = ?""", unlinked.recordId(), unlinked.customerId());
		}
	}

	private void republish(String update, Object... args) {
		List<ConnectionApplicationRecorded> updated = this.jdbc.query(update + """

				returning application_no, customer_id, link_method, kind, status, region_code, industry_code,
				  requested_kva, applied_on""", ConnectionApplicationsIngestor::event, args);
		this.outbox.appendAll(Events.CONNECTION_APPLICATION_RECORDED, updated,
				ConnectionApplicationRecorded::applicationNo);
	}

}
