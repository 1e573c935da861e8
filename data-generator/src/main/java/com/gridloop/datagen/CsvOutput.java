package com.gridloop.datagen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/** FastCSV writers for the generated extracts. */
public final class CsvOutput {

	private CsvOutput() {
	}

	/**
	 * A CSV writer over the caller's writer: commas, fields quoted only when they need
	 * it, and LF line ends as the extracts have always had. Flush it when done; closing
	 * it would close the caller's writer.
	 */
	public static CsvWriter over(Writer out) {
		return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
	}

	/** Writes a header given as one comma-separated line. */
	public static void header(CsvWriter csv, String header) {
		csv.writeRecord(header.split(","));
	}

	/** Flushes the CSV writer and the writer under it. */
	public static void flush(CsvWriter csv) {
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
