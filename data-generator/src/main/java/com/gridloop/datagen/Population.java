package com.gridloop.datagen;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * A deterministic population of customers: customer i is the same whatever the population
 * size, so small test sets are prefixes of the demo's.
 */
public final class Population {

	static final String[] REGIONS = { "420102", "420103", "420104", "420105", "420106", "420111", "420115", "420116" };

	private static final String[] DISTRICTS = { "江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "洪山区", "江夏区", "黄陂区" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
			"明", "超", "秀英", "华", "建国", "志强", "桂英", "玉兰", "海燕" };

	private static final String[] ROADS = { "解放大道", "中山大道", "建设大道", "友谊大道", "珞喻路", "武珞路", "民族大道", "雄楚大道" };

	private static final String[] FIRM_WORDS = { "华鑫", "长江", "楚天", "江城", "汉正", "金桥", "东湖", "光谷", "荆楚", "晴川" };

	/** Share of large industrial customers whose load has outgrown their capacity. */
	static final double OUTGROWN_SHARE = 0.12;

	private static final long OUTGROWN_STREAM = 0x0A7C_1A55L;

	private final GeneratorConfig config;

	private final List<SyntheticCustomer> customers;

	public Population(GeneratorConfig config) {
		this.config = config;
		this.customers = new ArrayList<>(config.customers());
		for (int i = 0; i < config.customers(); i++) {
			this.customers.add(customer(i));
		}
	}

	public GeneratorConfig config() {
		return this.config;
	}

	/** Every region code a customer can have, in a fixed order. */
	public static List<String> regionCodes() {
		return List.of(REGIONS);
	}

	public List<SyntheticCustomer> customers() {
		return this.customers;
	}

	private SyntheticCustomer customer(int i) {
		SplittableRandom rng = new SplittableRandom(mix(this.config.seed(), i));
		Archetype archetype = pickArchetype(rng.nextDouble());
		String customerNo = String.format(Locale.ROOT, "C%010d", 1_000_000L + i);
		String consNo = String.format(Locale.ROOT, "%010d", 4_200_000_000L + i * 7L);
		String meterNo = String.format(Locale.ROOT, "M%012d", 330_000_000_000L + i * 13L);
		int region = rng.nextInt(REGIONS.length);
		double scale = Math.exp(0.35 * rng.nextGaussian());
		double peakAmplitude = 0.7 + 0.6 * rng.nextDouble();
		double controlRate = Math.min(1, archetype.controlRate() * (0.5 + rng.nextDouble()));
		// Customers with more evening load gain more from shifting it, so they respond
		// more when told how much.
		double uplift = archetype.uplift() * (0.4 + 1.2 * (peakAmplitude - 0.7) / 0.6) * (0.8 + 0.4 * rng.nextDouble());
		PlantedResponse response = new PlantedResponse(controlRate, Math.min(1, controlRate + uplift));
		String address = "湖北省武汉市" + DISTRICTS[region] + ROADS[rng.nextInt(ROADS.length)] + (1 + rng.nextInt(800)) + "号";
		String phone = MobileNumbers.draw(rng);
		boolean household = archetype.category() == Archetype.Category.RESIDENTIAL;
		String name = household ? SURNAMES[rng.nextInt(SURNAMES.length)] + GIVEN[rng.nextInt(GIVEN.length)]
				: "武汉" + FIRM_WORDS[rng.nextInt(FIRM_WORDS.length)] + firmKind(archetype) + "有限公司";
		double peakHourShare = 0;
		for (int h = 0; h < 24; h++) {
			peakHourShare = Math.max(peakHourShare, archetype.hourShare(h));
		}
		// Transformers are sized with headroom over the busiest hour: heat, noise and
		// growth.
		double peakKw = archetype.dailyKwh() * scale * peakHourShare * 2.2;
		double kva = household ? (rng.nextBoolean() ? 8 : 10) : standardTransformer(peakKw / 0.8);
		// An independent draw, so every other customer stays what it was.
		boolean outgrown = archetype.category() == Archetype.Category.LARGE_INDUSTRIAL
				&& new SplittableRandom(mix(this.config.seed() ^ OUTGROWN_STREAM, i)).nextDouble() < OUTGROWN_SHARE;
		if (outgrown) {
			// Contracted for the load of years ago: a month's highest demand fills 90-135
			// %
			// of it (below the 150 % ingestion finds absurd).
			double busiest = 0;
			for (int h = 0; h < 24; h++) {
				busiest = Math.max(busiest, archetype.hourShare(h) * (h >= 17 && h < 23 ? peakAmplitude : 1));
			}
			kva = Math.round(archetype.dailyKwh() * scale * busiest * 1.45 / 10) * 10.0;
		}
		return new SyntheticCustomer(i, customerNo, consNo, meterNo, name, phone, address, REGIONS[region],
				archetype.category(), voltage(archetype, kva), kva, industry(archetype, rng), tariff(archetype, kva),
				archetype, scale, peakAmplitude, response, outgrown);
	}

	private Archetype pickArchetype(double u) {
		double cumulative = 0;
		Archetype last = Archetype.RESIDENTIAL;
		for (Archetype a : Archetype.values()) {
			Double share = this.config.mix().get(a);
			if (share == null) {
				continue;
			}
			cumulative += share;
			last = a;
			if (u < cumulative) {
				return a;
			}
		}
		return last;
	}

	private static String firmKind(Archetype a) {
		return switch (a) {
			case COMMERCIAL_DAYTIME -> "商贸";
			case INDUSTRIAL_TWO_SHIFT -> "机械制造";
			case INDUSTRIAL_THREE_SHIFT -> "化工";
			case IRRIGATION_SEASONAL -> "农业合作社";
			default -> "";
		};
	}

	private static String industry(Archetype a, SplittableRandom rng) {
		return switch (a) {
			case RESIDENTIAL, RESIDENTIAL_EV -> "";
			case COMMERCIAL_DAYTIME -> rng.nextBoolean() ? "F52" : "H62";
			case INDUSTRIAL_TWO_SHIFT -> rng.nextBoolean() ? "C33" : "C34";
			case INDUSTRIAL_THREE_SHIFT -> rng.nextBoolean() ? "C26" : "C30";
			case IRRIGATION_SEASONAL -> "A01";
		};
	}

	private static String voltage(Archetype a, double kva) {
		if (a.category() == Archetype.Category.RESIDENTIAL) {
			return "220V";
		}
		return kva >= 315 ? "10kV" : "0.4kV";
	}

	private static String tariff(Archetype a, double kva) {
		return switch (a) {
			case RESIDENTIAL, RESIDENTIAL_EV -> "HB-RES";
			case IRRIGATION_SEASONAL -> "HB-AGR";
			case INDUSTRIAL_TWO_SHIFT, INDUSTRIAL_THREE_SHIFT -> kva >= 315 ? "HB-CI-TP-10KV" : "HB-CI-SP-LV";
			case COMMERCIAL_DAYTIME -> kva >= 315 ? "HB-CI-SP-10KV" : "HB-CI-SP-LV";
		};
	}

	private static double standardTransformer(double kva) {
		int[] sizes = { 30, 50, 80, 100, 125, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500,
				3150, 4000, 5000, 6300, 8000 };
		for (int s : sizes) {
			if (s >= kva) {
				return s;
			}
		}
		return sizes[sizes.length - 1];
	}

	/**
	 * A well-mixed 64-bit seed for item i of a stream: what makes customer i independent
	 * of the population size.
	 */
	public static long mix(long seed, long i) {
		long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** Header of the customer archive extract. */
	public static final String CUSTOMER_HEADER = "customer_no,cons_no,meter_no,name,phone,address,region_code,category,"
			+ "voltage_level,contracted_kva,industry_code,tariff_code,account_manager";

	/**
	 * Writes the customer archive extract as CSV (UTF-8 text; the caller chooses the
	 * encoding of the writer).
	 */
	public void writeCustomersCsv(Writer out) {
		CsvWriter csv = CsvOutput.over(out);
		CsvOutput.header(csv, CUSTOMER_HEADER);
		for (SyntheticCustomer c : this.customers) {
			csv.writeRecord(c.customerNo(), c.consNo(), c.meterNo(), c.name(), c.phone(), c.address(), c.regionCode(),
					c.category().name(), c.voltageLevel(), String.valueOf((int) c.contractedKva()), c.industryCode(),
					c.tariffCode(), AccountManagers.managerOf(c));
		}
		CsvOutput.flush(csv);
	}

}
