package com.gridloop.ingestion.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Opens spooled uploads for reading with FastCSV: any field count (checked per row), BOM
 * detected, bad bytes kept visible.
 */
public final class CsvFiles {

	private CsvFiles() {
	}

	public static CsvReader<CsvRecord> open(Path file, Charset charset) throws IOException {
		return open(Files.newInputStream(file), charset);
	}

	public static CsvReader<CsvRecord> open(java.io.InputStream in, Charset charset) {
		// Undecodable bytes become U+FFFD instead of aborting the file, so the row
		// holding them is quarantined alone.
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		var reader = withoutByteOrderMark(
				new java.io.BufferedReader(new java.io.InputStreamReader(in, decoder), 1 << 16));
		return CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.skipEmptyLines(true)
			.ofCsvRecord(reader);
	}

	/**
	 * Exports from Windows tools start with a byte order mark; it is not part of the
	 * first column's name.
	 */
	private static java.io.Reader withoutByteOrderMark(java.io.BufferedReader reader) {
		try {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			return reader;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The row as one CSV line again (fields quoted where needed), for the quarantine and
	 * its replay.
	 */
	public static String raw(CsvRecord record) {
		return line(record.getFields());
	}

	/** Fields as one CSV line, quoting those with a comma, quote or line break. */
	public static String line(java.util.List<String> fields) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				sb.append(',');
			}
			String f = fields.get(i);
			if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
				sb.append('"').append(f.replace("\"", "\"\"")).append('"');
			}
			else {
				sb.append(f);
			}
		}
		return sb.toString();
	}

}
