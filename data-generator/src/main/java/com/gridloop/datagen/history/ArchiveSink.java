package com.gridloop.datagen.history;

import java.io.Writer;
import java.time.LocalDate;

import com.gridloop.datagen.CsvOutput;
import com.gridloop.datagen.history.HistoryWriter.ArchiveStats;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes archive-extension.csv: each customer's transformer area and whether and when the
 * account was closed.
 */
final class ArchiveSink implements CustomerSink {

	private final CsvWriter csv;

	private final HistoryWindow window;

	private long rows, closed, heldOut;

	ArchiveSink(Writer out, HistoryWindow window) {
		this.csv = CsvOutput.over(out);
		this.window = window;
	}

	@Override
	public void begin() {
		CsvOutput.header(this.csv, HistoryWriter.ARCHIVE_EXTENSION_HEADER);
	}

	@Override
	public void accept(CustomerHistory h) {
		LocalDate closedDate = h.truth().closedDate();
		this.csv.writeRecord(h.customer().customerNo(), h.transformerArea(), closedDate == null ? "ACTIVE" : "CLOSED",
				closedDate == null ? "" : closedDate.toString());
		this.rows++;
		if (closedDate != null) {
			this.closed++;
			if (!closedDate.isBefore(this.window.heldOutFrom().atDay(1))) {
				this.heldOut++;
			}
		}
	}

	@Override
	public void end() {
		CsvOutput.flush(this.csv);
	}

	ArchiveStats stats() {
		return new ArchiveStats(this.rows, this.closed, this.heldOut);
	}

}
