package com.gridloop.datagen.history;

import java.util.List;

import com.gridloop.datagen.SyntheticCustomer;

/**
 * Everything one customer leaves in the company's systems over the window, and the truth
 * behind it.
 */
public record CustomerHistory(SyntheticCustomer customer, String transformerArea, CustomerTruth truth, List<Bill> bills,
		List<Ticket> tickets, List<AppEvent> appEvents) {

	public CustomerHistory {
		bills = List.copyOf(bills);
		tickets = List.copyOf(tickets);
		appEvents = List.copyOf(appEvents);
	}

}
