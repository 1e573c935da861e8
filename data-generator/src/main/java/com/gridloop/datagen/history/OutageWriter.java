package com.gridloop.datagen.history;

import java.io.Writer;
import java.util.List;

import com.gridloop.datagen.CsvOutput;
import com.gridloop.datagen.history.HistoryWriter.OutageStats;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes outages.csv: the outages of the areas that have customers, by area and start.
 */
final class OutageWriter {

	private OutageWriter() {
	}

	static OutageStats write(History history, Writer out) {
		CsvWriter csv = CsvOutput.over(out);
		CsvOutput.header(csv, HistoryWriter.OUTAGES_HEADER);
		List<String> areas = history.transformerAreas();
		long rows = 0, planned = 0, unplanned = 0, minutes = 0;
		for (String area : areas) {
			for (Outage o : history.areas().outages(area)) {
				csv.writeRecord(area, HistoryWriter.TIME.format(o.start()), HistoryWriter.TIME.format(o.end()),
						String.valueOf(o.planned()));
				rows++;
				if (o.planned()) {
					planned++;
				}
				else {
					unplanned++;
					minutes += o.minutes();
				}
			}
		}
		CsvOutput.flush(csv);
		return new OutageStats(rows, areas.size(), planned, unplanned, minutes);
	}

}
