package com.gridloop.ingestion.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.quarantine.Quarantine;
import com.gridloop.ingestion.quarantine.Reason;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one reading loop of every source. A file is CSV with a header, or JSON lines when
 * its first character opens an object. Rows that cannot be read as rows are quarantined
 * here with one set of rules: a CSV row whose field count differs from the header's
 * ({@code COLUMN_COUNT}), the header again ({@code DUPLICATE_HEADER}), a line that is not
 * a JSON object or a file the CSV parser cannot go on with ({@code PARSE_ERROR}). Every
 * other row reaches the source's {@link Rows} with its fields in column order, so CSV and
 * JSON lines are parsed by the same code.
 */
public final class SourceReader implements AutoCloseable {

	/** What a source does with the rows read. */
	public interface Rows {

		/**
		 * The columns are known (the CSV header, or the logical columns of JSON lines);
		 * before the first row.
		 */
		void start(Columns columns) throws Exception;

		/**
		 * One row, its fields in the order of the columns given to {@link #start}.
		 * @param raw the row as read: pass it to {@link SourceReader#text} only if the
		 * row is quarantined
		 */
		void row(long line, List<String> fields, Object raw) throws Exception;

	}

	private final Path file;

	private final Charset charset;

	private final JsonMapper json;

	private final boolean jsonLines;

	private CountingInputStream counted;

	/** Opens a spooled upload and recognises its format. */
	public SourceReader(Path file, Charset charset, JsonMapper json) throws IOException {
		this.file = file;
		this.charset = charset;
		this.json = json;
		this.jsonLines = JsonLines.sniff(file, charset);
	}

	public boolean jsonLines() {
		return this.jsonLines;
	}

	/** Bytes of the file read so far, for the batch's progress. */
	public long bytesRead() {
		return this.counted == null ? 0 : this.counted.count();
	}

	/**
	 * Reads every row into {@code rows}.
	 * @param accepted logical column to the names it may carry (the first is canonical)
	 * @param required logical columns a CSV header must have
	 */
	public void read(Map<String, List<String>> accepted, List<String> required, BatchTally tally, Quarantine quarantine,
			Rows rows) throws Exception {
		this.counted = new CountingInputStream(Files.newInputStream(this.file));
		if (this.jsonLines) {
			readJsonLines(accepted, required, tally, quarantine, rows);
		}
		else {
			readCsv(accepted, required, tally, quarantine, rows);
		}
	}

	private void readCsv(Map<String, List<String>> accepted, List<String> required, BatchTally tally,
			Quarantine quarantine, Rows rows) throws Exception {
		try (CsvReader<CsvRecord> csv = CsvFiles.open(this.counted, this.charset)) {
			Iterator<CsvRecord> it = csv.iterator();
			if (!it.hasNext()) {
				throw new IllegalArgumentException("The file is empty: a header row is required");
			}
			List<String> header = it.next().getFields();
			tally.header = CsvFiles.line(header);
			Columns columns = Columns.map(header, accepted, required);
			rows.start(columns);
			long line = 1;
			while (true) {
				CsvRecord row;
				try {
					if (!it.hasNext()) {
						break;
					}
					row = it.next();
				}
				catch (CsvParseException ex) {
					// The parser cannot find the next row boundary: keep what came
					// before, quarantine the rest.
					tally.received++;
					quarantine.add(line + 1, null, Reason.PARSE_ERROR, "Unreadable from here on: " + ex.getMessage());
					break;
				}
				line = row.getStartingLineNumber();
				tally.received++;
				if (row.getFieldCount() != columns.width()) {
					quarantine.add(line, CsvFiles.raw(row), Reason.COLUMN_COUNT,
							"Expected " + columns.width() + " fields, found " + row.getFieldCount());
					continue;
				}
				List<String> fields = row.getFields();
				if (fields.equals(header)) {
					quarantine.add(line, CsvFiles.raw(row), Reason.DUPLICATE_HEADER,
							"The header row appears again: were two files concatenated?");
					continue;
				}
				rows.row(line, fields, row);
			}
		}
	}

	private void readJsonLines(Map<String, List<String>> accepted, List<String> required, BatchTally tally,
			Quarantine quarantine, Rows rows) throws Exception {
		List<String> names = new ArrayList<>(accepted.keySet());
		rows.start(Columns.map(names, accepted, required));
		var decoder = this.charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(this.counted, decoder), 1 << 16)) {
			String text;
			long line = 0;
			while ((text = reader.readLine()) != null) {
				line++;
				if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
					text = text.substring(1);
				}
				if (text.isBlank()) {
					continue;
				}
				tally.received++;
				List<String> fields = JsonLines.fields(this.json, text, names, accepted);
				if (fields == null) {
					quarantine.add(line, text, Reason.PARSE_ERROR, "Not a JSON object: " + abbreviate(text));
					continue;
				}
				rows.row(line, fields, text);
			}
		}
	}

	/**
	 * A row handed to {@link Rows#row} as text again, for its quarantine row and its
	 * replay.
	 */
	public static String text(Object raw) {
		return raw instanceof CsvRecord row ? CsvFiles.raw(row) : (String) raw;
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

	@Override
	public void close() throws IOException {
		if (this.counted != null) {
			this.counted.close();
		}
	}

}
