package com.gridloop.datagen.identity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityDatasetGeneratorTest {

	private static final List<IdentityRow> ROWS = new IdentityDatasetGenerator(11).generate(20_000);

	@Test
	void sameSeedSameRecordsAndSmallSetsArePrefixes() {
		List<IdentityRow> small = new IdentityDatasetGenerator(11).generate(300);
		assertThat(ROWS.subList(0, 300)).isEqualTo(small);
		assertThat(new IdentityDatasetGenerator(12).generate(300)).isNotEqualTo(small);
		assertThat(ROWS).extracting(IdentityRow::recordId).doesNotHaveDuplicates();
	}

	@Test
	void aQuarterOfTheEntitiesAppearTwoToFourTimes() {
		Map<String, List<IdentityRow>> entities = byEntity(ROWS);
		long duplicated = entities.values().stream().filter(rows -> rows.size() > 1).count();
		assertThat((double) duplicated / entities.size()).isBetween(0.2, 0.3);
		assertThat(entities.values()).allSatisfy(rows -> assertThat(rows.size()).isBetween(1, 4));
		assertThat(ROWS).extracting(IdentityRow::source)
			.contains(IdentityDatasetGenerator.ARCHIVE, IdentityDatasetGenerator.CALL_CENTRE,
					IdentityDatasetGenerator.APP);
	}

	@Test
	void everyPlantedVariationOccursAndNoRecordCarriesTwoRealChanges() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (IdentityRow row : ROWS) {
			for (String v : row.variation().split("\\+")) {
				counts.merge(v, 1L, Long::sum);
			}
			long changes = Set.of(row.variation().split("\\+"))
				.stream()
				.filter(v -> v.equals("NAME_TYPO") || v.equals("NEW_PHONE") || v.equals("MOVED"))
				.count();
			assertThat(changes).as(row.toString()).isLessThanOrEqualTo(1);
		}
		assertThat(counts).containsKeys("NAME_TYPO", "NEW_PHONE", "MOVED", "FORMAT", "HOUSEHOLD");
		assertThat(counts.get("NAME_TYPO")).isGreaterThan(200);
		assertThat(counts.get("NEW_PHONE")).isGreaterThan(200);
		assertThat(counts.get("MOVED")).isGreaterThan(200);
		assertThat(ROWS).anySatisfy(r -> assertThat(r.phone()).startsWith("+86"));
		assertThat(ROWS).anySatisfy(r -> assertThat(r.phone()).contains("１"));
		assertThat(ROWS).anySatisfy(r -> assertThat(r.address()).contains("號"));
		assertThat(ROWS).anySatisfy(r -> assertThat(r.name()).contains("\u3000"));
	}

	@Test
	void laterRecordsShareAPhoneAnAccountOrANameAndAddressWithTheFirst() {
		for (List<IdentityRow> rows : byEntity(ROWS).values()) {
			IdentityRow first = rows.get(0);
			for (IdentityRow later : rows.subList(1, rows.size())) {
				boolean phone = first.phone() != null && later.phone() != null
						&& digits(first.phone()).equals(digits(later.phone()));
				boolean account = first.accountNo() != null && first.accountNo().equals(later.accountNo());
				// Names may differ in form (spaces, traditional characters) but not by a
				// typo.
				boolean nameAndAddress = first.name() != null && later.name() != null && first.address() != null
						&& later.address() != null && !later.variation().contains("NAME_TYPO")
						&& !later.variation().contains("MOVED");
				assertThat(phone || account || nameAndAddress).as(later.toString()).isTrue();
			}
		}
	}

	@Test
	void typosChangeOneCharacterAndMovesStayInTheDistrict() {
		Map<String, List<IdentityRow>> entities = byEntity(ROWS);
		int typos = 0;
		for (List<IdentityRow> rows : entities.values()) {
			IdentityRow first = rows.get(0);
			for (IdentityRow later : rows.subList(1, rows.size())) {
				if (later.variation().contains("NAME_TYPO") && first.name() != null
						&& !first.variation().contains("FORMAT") && !later.variation().contains("FORMAT")) {
					assertThat(later.name()).hasSameSizeAs(first.name());
					int differing = 0;
					for (int i = 0; i < first.name().length(); i++) {
						differing += first.name().charAt(i) != later.name().charAt(i) ? 1 : 0;
					}
					assertThat(differing).as(later.toString()).isEqualTo(1);
					typos++;
				}
				if (later.variation().contains("MOVED") && first.regionCode() != null && later.regionCode() != null) {
					assertThat(later.regionCode()).isEqualTo(first.regionCode());
				}
			}
		}
		assertThat(typos).isGreaterThan(100);
	}

	@Test
	void householdMembersAreOtherPeopleAtTheSameAddress() {
		List<IdentityRow> members = ROWS.stream().filter(r -> r.variation().startsWith("HOUSEHOLD")).toList();
		assertThat(members).hasSizeGreaterThan(100);
		int compared = 0;
		for (IdentityRow member : members) {
			int index = ROWS.indexOf(member);
			// The head of the household is the entity just before; its first record has
			// its own address.
			int first = index - 1;
			while (first > 0 && ROWS.get(first - 1).entityId().equals(ROWS.get(index - 1).entityId())) {
				first--;
			}
			IdentityRow head = ROWS.get(first);
			assertThat(head.entityId()).isNotEqualTo(member.entityId());
			if (member.name() != null && head.name() != null) {
				assertThat(squeeze(member.name())).isNotEqualTo(squeeze(head.name()));
			}
			if (member.address() != null && head.address() != null && member.variation().equals("HOUSEHOLD")
					&& head.variation().isEmpty() && head.source().equals(member.source())) {
				assertThat(street(member.address())).isEqualTo(street(head.address()));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(50);
	}

	@Test
	void csvHasTheHeaderAndOneLinePerRecord() {
		StringWriter out = new StringWriter();
		IdentityDatasetGenerator.writeCsv(ROWS.subList(0, 100), out);
		String[] lines = out.toString().split("\n");
		assertThat(lines[0]).isEqualTo(IdentityDatasetGenerator.HEADER);
		assertThat(lines).hasSize(101);
		assertThat(lines[1].split(",", -1)).hasSize(9);
	}

	@Test
	void csvReadsBackAsTheRowsWithNullsEmpty() {
		StringWriter out = new StringWriter();
		List<IdentityRow> rows = ROWS.subList(0, 2_000);
		IdentityDatasetGenerator.writeCsv(rows, out);
		List<List<String>> records = read(out.toString());
		assertThat(String.join(",", records.get(0))).isEqualTo(IdentityDatasetGenerator.HEADER);
		assertThat(records.subList(1, records.size()))
			.containsExactlyElementsOf(rows.stream().map(IdentityDatasetGeneratorTest::fields).toList());
	}

	@Test
	void csvQuotesOnlyFieldsThatNeedIt() {
		IdentityRow row = new IdentityRow("R1-0", "E1", IdentityDatasetGenerator.APP, "王\"伟\"", null, "武汉市, 洪山区",
				"420111", null, "");
		StringWriter out = new StringWriter();
		IdentityDatasetGenerator.writeCsv(List.of(row), out);
		assertThat(out.toString()).endsWith("\nR1-0,E1,APP,\"王\"\"伟\"\"\",,\"武汉市, 洪山区\",420111,,\n");
		assertThat(read(out.toString()).get(1)).containsExactlyElementsOf(fields(row));
	}

	private static List<List<String>> read(String csv) {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
			return reader.stream().map(CsvRecord::getFields).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> fields(IdentityRow r) {
		return Stream
			.of(r.recordId(), r.entityId(), r.source(), r.name(), r.phone(), r.address(), r.regionCode(), r.accountNo(),
					r.variation())
			.map(value -> value == null ? "" : value)
			.toList();
	}

	private static Map<String, List<IdentityRow>> byEntity(List<IdentityRow> rows) {
		Map<String, List<IdentityRow>> entities = new LinkedHashMap<>();
		for (IdentityRow row : rows) {
			entities.computeIfAbsent(row.entityId(), id -> new ArrayList<>()).add(row);
		}
		return entities;
	}

	private static String digits(String phone) {
		StringBuilder b = new StringBuilder();
		for (char c : phone.toCharArray()) {
			if (c >= '０' && c <= '９') {
				c = (char) (c - '０' + '0');
			}
			if (c >= '0' && c <= '9') {
				b.append(c);
			}
		}
		String d = b.toString();
		return d.length() > 11 ? d.substring(d.length() - 11) : d;
	}

	private static String street(String address) {
		String squeezed = squeeze(address);
		return squeezed.substring(squeezed.lastIndexOf('区') + 1);
	}

	private static String squeeze(String name) {
		return name.replace(" ", "").replace("\u3000", "");
	}

}
