package com.gridloop.ingestion.ticket;

import java.time.OffsetDateTime;

/**
 * A 95598 service ticket with its standard category. {@code customerId} is null when
 * neither the account nor the caller's phone led to a customer; {@code linkMethod} says
 * which did (ACCOUNT, PHONE, PROBABILISTIC when the matcher linked the caller, REVIEWED
 * when a person accepted its proposal, or NONE).
 */
public record TicketRecorded(String ticketId, String customerId, String linkMethod, String category, String typeLabel,
		OffsetDateTime acceptTime, OffsetDateTime handleTime) {
}
