package com.gridloop.reach.calllist;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One open task on a call list.
 *
 * @param contactName the customer's name and phone as the archive holds them, unmasked:
 * only the customer's own manager and their team lead see them
 * @param bestHour the customer's most active hour (0-23, China time), null when unknown
 * @param lastContacts the online history (channel, state, when) and the last outcome
 * recorded on the task
 */
public record CallListRow(UUID taskId, UUID campaignId, String customerId, String contactName, String phone,
		String assignee, String kind, String reason, String benefitText, Integer bestHour, String lastContacts,
		LocalDate dueOn, int priority) {
}
