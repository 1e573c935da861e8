package com.gridloop.datagen.history;

import java.time.LocalDateTime;

/**
 * A 95598 service ticket as the service system exports it, plus whose it really is.
 *
 * @param ticketId unique, not derived from the customer's numbers
 * @param consNo account number the call centre recorded, empty when the caller was known
 * only by phone
 * @param callerPhone the calling number: the archive's or a family member's (or
 * colleague's)
 * @param ownerConsNo planted: the account the ticket is really about (not in the file)
 * @param content the caller's request in Chinese
 */
public record Ticket(String ticketId, String consNo, String callerPhone, TicketType type, String content,
		LocalDateTime acceptTime, LocalDateTime handleTime, String resolution, String ownerConsNo) {

	public boolean anonymous() {
		return this.consNo.isEmpty();
	}

}
