package com.gridloop.datagen.acquisition;

import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.CsvOutput;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.MobileNumbers;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.datagen.identity.Variations;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Connection and capacity-expansion applications (报装/增容申请) of the 90 days before the end
 * of the reading period, as the business-expansion system exports them. Half the
 * customers whose load has outgrown their capacity apply for more; a few other C&I
 * customers and EV households apply too. An existing customer's application names its
 * account, or not (the applicant's phone written another way, or the name with a typo and
 * no phone: left to the matcher). New firms and households apply as prospects, and one
 * row in a hundred is bad (a negative capacity, an unknown kind, a date that is not one).
 */
public final class ConnectionApplications {

	public static final String HEADER = "application_no,kind,status,name,phone,address,region_code,industry_code,"
			+ "requested_kva,application_date,cons_no";

	private static final String[] STATUSES = { "已受理", "已受理", "审批通过", "已接电", "已撤销" };

	private static final String[] NEW_FIRMS = { "光谷新材料", "江城冷链物流", "楚天数据中心", "长江智能装备", "东湖生物医药", "汉正电商仓储" };

	private static final String[] SURNAMES = { "温", "鲁", "葛", "柯", "晏", "喻", "艾", "岳" };

	private static final String[] GIVEN = { "子涵", "思远", "雨桐", "浩然", "梓萱", "一鸣" };

	private static final String[] NEW_INDUSTRIES = { "C2651", "G5960", "I6531", "C3491", "C2720", "G5941" };

	/**
	 * What the file holds: rows, applications of existing customers by how they can be
	 * linked, prospects, bad rows.
	 */
	public record Stats(long rows, long byAccount, long byPhone, long byName, long prospects, long outgrown,
			long badRows) {
	}

	private final Population population;

	public ConnectionApplications(Population population) {
		this.population = population;
	}

	public Stats write(Writer out) {
		GeneratorConfig config = this.population.config();
		LocalDate end = config.firstDay().plusDays(config.days() - 1L);
		SplittableRandom rng = new SplittableRandom(Population.mix(config.seed() ^ 0x0A991CA7L, 0));
		CsvWriter csv = CsvOutput.over(out);
		CsvOutput.header(csv, HEADER);
		long rows = 0, account = 0, phone = 0, name = 0, prospects = 0, outgrown = 0;
		int n = 0;
		for (SyntheticCustomer c : this.population.customers()) {
			double chance = c.outgrown() ? 0.5 : c.archetype() == Archetype.RESIDENTIAL_EV ? 0.01
					: c.category() == Archetype.Category.RESIDENTIAL ? 0 : 0.02;
			if (rng.nextDouble() >= chance) {
				continue;
			}
			boolean household = c.category() == Archetype.Category.RESIDENTIAL;
			double kva = household ? 4 + 2 * rng.nextInt(4) : Math.ceil(c.contractedKva() * (0.3 + rng.nextDouble()));
			String[] row = { number(++n), "增容", status(rng), c.name(), "", c.address(), c.regionCode(),
					c.industryCode(), fmt(kva), date(end, rng), "" };
			double way = rng.nextDouble();
			if (way < 0.5) {
				row[10] = c.consNo();
				account++;
			}
			else if (way < 0.8) {
				row[4] = Variations.phoneFormat(c.phone(), rng);
				phone++;
			}
			else {
				row[3] = Variations.nameTypo(c.name(), !household, rng);
				name++;
			}
			outgrown += c.outgrown() ? 1 : 0;
			csv.writeRecord(row);
			rows++;
		}
		int newcomers = Math.max(3, config.customers() / 200);
		for (int i = 0; i < newcomers; i++) {
			int region = rng.nextInt(Population.regionCodes().size());
			boolean firm = rng.nextDouble() < 0.4;
			int kind = rng.nextInt(NEW_FIRMS.length);
			String[] row = { number(++n), "新装", status(rng),
					firm ? "武汉" + NEW_FIRMS[kind] + "有限公司"
							: SURNAMES[rng.nextInt(SURNAMES.length)] + GIVEN[rng.nextInt(GIVEN.length)],
					MobileNumbers.draw(rng), "湖北省武汉市新区" + (1 + rng.nextInt(300)) + "号",
					Population.regionCodes().get(region), firm ? NEW_INDUSTRIES[kind] : "",
					fmt(firm ? 200 + 100 * rng.nextInt(20) : 8 + 2 * rng.nextInt(3)), date(end, rng), "" };
			prospects++;
			csv.writeRecord(row);
			rows++;
		}
		long bad = 3 + rows / 100;
		for (int i = 0; i < bad; i++) {
			String[] row = { number(++n), "增容", "已受理", "坏行" + i, "", "", "420102", "", "50", end.toString(), "" };
			switch (i % 3) {
				case 1 -> row[1] = "扩建";
				case 2 -> row[9] = "2026-13-45";
				default -> row[8] = "-50";
			}
			csv.writeRecord(row);
		}
		CsvOutput.flush(csv);
		return new Stats(rows + bad, account, phone, name, prospects, outgrown, bad);
	}

	private static String number(int n) {
		return String.format(Locale.ROOT, "BZ2026%06d", n);
	}

	private static String status(SplittableRandom rng) {
		return STATUSES[rng.nextInt(STATUSES.length)];
	}

	private static String date(LocalDate end, SplittableRandom rng) {
		return end.minusDays(rng.nextInt(90)).toString();
	}

	private static String fmt(double kva) {
		return String.valueOf((long) kva);
	}

}
