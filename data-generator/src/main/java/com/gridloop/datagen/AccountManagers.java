package com.gridloop.datagen;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The generated county's account managers. Each region has a C&amp;I team (大客户班) of two
 * account managers ({@code KM<rr>01}, {@code KM<rr>02}) and their lead
 * ({@code KZ<rr>01}), and a grid manager (台区经理, {@code TQ<rr>01}) who serves every
 * transformer area of the region. The archive names a C&amp;I customer's manager; a
 * residential customer's follows from their transformer area. Staff numbers are user
 * names.
 */
public final class AccountManagers {

	/** Header of the managers file. */
	public static final String HEADER = "staff_no,name,team,region_code,weekly_capacity,transformer_areas";

	/** A C&amp;I account manager of the first region, a demo user. */
	public static final String DEMO_MANAGER = "KM0001";

	/** The lead of {@link #DEMO_MANAGER}'s team, a demo user. */
	public static final String DEMO_TEAM_LEAD = "KZ0001";

	private static final String[] NAMES = { "张伟", "王芳", "李娜", "刘洋", "陈杰", "杨敏", "赵磊", "黄静", "周勇", "吴婷", "徐强", "孙丽" };

	private AccountManagers() {
	}

	/**
	 * The staff no. of a C&amp;I customer's account manager; null for a residential one.
	 */
	public static String managerOf(SyntheticCustomer c) {
		if (c.category() == Archetype.Category.RESIDENTIAL) {
			return null;
		}
		int region = Population.regionCodes().indexOf(c.regionCode());
		return staffNo("KM", region, 1 + c.index() % 2);
	}

	/**
	 * Writes the managers file: per region two account managers, their lead, and the grid
	 * manager of the region's transformer areas ({@code TA-<region>-nnnn}). Returns the
	 * rows written.
	 */
	public static int write(Writer out, List<String> transformerAreas) {
		CsvWriter csv = CsvOutput.over(out);
		CsvOutput.header(csv, HEADER);
		List<String> regions = Population.regionCodes();
		for (int r = 0; r < regions.size(); r++) {
			String region = regions.get(r);
			String team = String.format(Locale.ROOT, "大客户%d班", r + 1);
			csv.writeRecord(staffNo("KM", r, 1), name(4 * r), team, region, "20", "");
			csv.writeRecord(staffNo("KM", r, 2), name(4 * r + 1), team, region, "20", "");
			csv.writeRecord(staffNo("KZ", r, 1), name(4 * r + 2), team, region, "10", "");
			String areas = transformerAreas.stream()
				.filter(a -> a.startsWith("TA-" + region + "-"))
				.sorted()
				.collect(Collectors.joining(";"));
			csv.writeRecord(staffNo("TQ", r, 1), name(4 * r + 3), String.format(Locale.ROOT, "台区%d班", r + 1), region,
					"60", areas);
		}
		CsvOutput.flush(csv);
		return 4 * regions.size();
	}

	private static String staffNo(String prefix, int region, int n) {
		return String.format(Locale.ROOT, "%s%02d%02d", prefix, region, n);
	}

	private static String name(int i) {
		return NAMES[i % NAMES.length];
	}

}
