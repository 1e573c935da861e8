package com.gridloop.datagen.identity;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.gridloop.datagen.CsvOutput;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Identity records of Wuhan customers with planted duplicates, for testing identity
 * resolution against a known truth. Deterministic by seed, and entity i is the same
 * whatever the number of records, so small sets are prefixes of large ones.
 * <p>
 * A quarter of the entities (by default) appear two to four times, from the customer
 * archive, the 95598 call centre and the app. Later records carry at most one real change
 * against the first (a name typo with a similar-looking or same-sounding character, a new
 * mobile number, or a move to another road of the same district), plus any number of
 * changes of form (spaces, full-width digits, traditional characters, +86 and separators,
 * no province or city), and they always share with the first record a mobile number, an
 * account number, or a name and an address, so that every true duplicate stays
 * discoverable. Some entities are household members of the entity before them: a
 * different person at the same address, usually with the same surname.
 */
public final class IdentityDatasetGenerator {

	public static final String ARCHIVE = "ARCHIVE";

	public static final String CALL_CENTRE = "95598";

	public static final String APP = "APP";

	public static final int DEFAULT_RECORDS = 1_000_000;

	/** Header of {@link #writeCsv}. */
	public static final String HEADER = "record_id,entity_id,source,name,phone,address,region_code,account_no,variation";

	private final EntityRecords entityRecords;

	public IdentityDatasetGenerator(long seed) {
		this(seed, 0.25);
	}

	/**
	 * @param duplicateShare share of entities that appear more than once
	 */
	public IdentityDatasetGenerator(long seed, double duplicateShare) {
		if (duplicateShare < 0 || duplicateShare > 1) {
			throw new IllegalArgumentException("duplicateShare must be in [0, 1]");
		}
		this.entityRecords = new EntityRecords(seed, duplicateShare);
	}

	/**
	 * The first {@code records} records, entity after entity (the last entity may lose
	 * some records).
	 */
	public List<IdentityRow> generate(int records) {
		List<IdentityRow> rows = new ArrayList<>(records);
		for (int e = 0; rows.size() < records; e++) {
			for (IdentityRow row : this.entityRecords.of(e)) {
				if (rows.size() == records) {
					break;
				}
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * Writes rows as CSV (UTF-8 text; the caller chooses the encoding of the writer),
	 * empty for null.
	 */
	public static void writeCsv(List<IdentityRow> rows, Writer out) {
		CsvWriter csv = CsvOutput.over(out);
		CsvOutput.header(csv, HEADER);
		for (IdentityRow r : rows) {
			csv.writeRecord(r.recordId(), r.entityId(), r.source(), r.name(), r.phone(), r.address(), r.regionCode(),
					r.accountNo(), r.variation());
		}
		CsvOutput.flush(csv);
	}

	/**
	 * Arguments: number of records (default 1,000,000), seed (default 42), output file
	 * (default standard output).
	 */
	public static void main(String[] args) throws IOException {
		int records = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RECORDS;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
		List<IdentityRow> rows = new IdentityDatasetGenerator(seed).generate(records);
		if (args.length > 2) {
			try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
				writeCsv(rows, out);
			}
		}
		else {
			writeCsv(rows, new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
		}
	}

}
