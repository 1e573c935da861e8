package com.gridloop.ingestion.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Opens spooled uploads for reading with FastCSV: any field count (checked per row), BOM detected, bad bytes kept visible. */
public final class CsvFiles {

	private CsvFiles() {
	}

	public static CsvReader<CsvRecord> open(Path file, Charset charset) throws IOException {
		return open(Files.newInputStream(file), charset);
	}

	public static CsvReader<CsvRecord> open(java.io.InputStream in, Charset charset) {
		// Undecodable bytes become U+FFFD instead of aborting the file, so the row holding them is quarantined alone.
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		var reader = withoutByteOrderMark(new java.io.BufferedReader(new java.io.InputStreamReader(in, decoder),
				1 << 16));
		return CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.skipEmptyLines(true)
			.ofCsvRecord(reader);
	}

	/** Exports from Windows tools start with a byte order mark; it is not part of the first column's name. */
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

	/** The row as one line again, for the quarantine. */
	public static String raw(CsvRecord record) {
		return String.join(",", record.getFields());
	}

}
