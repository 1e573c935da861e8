package com.gridloop.reach.calllist;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * A call list as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the Chinese
 * names right), and every cell that starts with = + - @ (or a tab or carriage return)
 * prefixed with an apostrophe, so a spreadsheet never runs a customer's name as a
 * formula.
 */
final class CallListCsv {

	static final String HEADER_LINE = "customer_id,name,phone,reason,benefit,best_hour,last_contacts,due_on,priority,kind,assignee";

	private CallListCsv() {
	}

	static byte[] write(List<CallListRow> rows) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(HEADER_LINE.split(","));
		for (CallListRow r : rows) {
			csv.writeRecord(cell(r.customerId()), cell(r.contactName()), cell(r.phone()), cell(r.reason()),
					cell(r.benefitText()), r.bestHour() == null ? "" : r.bestHour() + ":00", cell(r.lastContacts()),
					r.dueOn() == null ? "" : r.dueOn().toString(), String.valueOf(r.priority()), r.kind(),
					cell(r.assignee()));
		}
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The value, neutralised if a spreadsheet would read it as a formula. */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return switch (first) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

}
