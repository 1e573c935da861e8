package com.gridloop.datagen.history;

import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

import com.gridloop.datagen.CsvOutput;
import com.gridloop.datagen.history.HistoryWriter.TicketStats;
import de.siegmar.fastcsv.writer.CsvWriter;

/** Writes tickets.csv, counting the tickets identity resolution has to work for. */
final class TicketSink implements CustomerSink {

	private final CsvWriter csv;

	private long rows, anonymous, anonymousOtherPhone, otherPhone;

	private final Map<TicketType, Long> byType = new EnumMap<>(TicketType.class);

	TicketSink(Writer out) {
		this.csv = CsvOutput.over(out);
	}

	@Override
	public void begin() {
		CsvOutput.header(this.csv, HistoryWriter.TICKETS_HEADER);
	}

	@Override
	public void accept(CustomerHistory h) {
		String phone = h.customer().phone();
		for (Ticket t : h.tickets()) {
			this.csv.writeRecord(t.ticketId(), t.consNo(), t.callerPhone(), t.type().label(), t.content(),
					HistoryWriter.TIME.format(t.acceptTime()), HistoryWriter.TIME.format(t.handleTime()),
					t.resolution());
			this.rows++;
			boolean other = !t.callerPhone().equals(phone);
			this.otherPhone += other ? 1 : 0;
			if (t.anonymous()) {
				this.anonymous++;
				this.anonymousOtherPhone += other ? 1 : 0;
			}
			this.byType.merge(t.type(), 1L, Long::sum);
		}
	}

	@Override
	public void end() {
		CsvOutput.flush(this.csv);
	}

	TicketStats stats() {
		return new TicketStats(this.rows, this.anonymous, this.anonymousOtherPhone, this.otherPhone, this.byType);
	}

}
