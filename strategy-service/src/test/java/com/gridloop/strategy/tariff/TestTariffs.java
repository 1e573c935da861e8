package com.gridloop.strategy.tariff;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Tariffs typed in from the published prices (the copies in strategy/tariffs, with their
 * attribution), so the engine's tests do not depend on the loader; the London schedule is
 * the real file.
 */
final class TestTariffs {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** 鄂发改价管〔2024〕77号: July-August sharp 20-22, other months 18-20. */
	static final BandCalendar HUBEI_CI = hubeiCi();

	/** 鄂发改价管〔2023〕320号: valley 23-07, flat 07-17, peak 17-20 and 22-23, sharp 20-22. */
	static final BandCalendar HUBEI_RES_TOU = hubeiResidential();

	private TestTariffs() {
	}

	static TariffVersions twoPart10kv() {
		return ci("HB-CI-TP-10KV", "1.049999", "0.848961", "0.651886", "0.432924", "42.0", "26.3", "0.90");
	}

	static TariffVersions singlePartLv() {
		return ci("HB-CI-SP-LV", "1.133999", "0.930961", "0.735686", "0.516924", null, null, "0.85");
	}

	/** Priced as C&I single-part below 1 kV, power-factor standard 0.80. */
	static TariffVersions agriculture() {
		return ci("HB-AGR", "1.133999", "0.930961", "0.735686", "0.516924", null, null, "0.80");
	}

	static TariffVersions residentialTiers() {
		return versions(new TariffPlan("HB-RES", LocalDate.of(2026, 1, 1), "tiers", "RESIDENTIAL", null, "CNY", CHINA,
				null, new BigDecimal("0.558"), Map.of(), hubeiTiers(), null, null, null, "test"));
	}

	static TariffVersions residentialTou() {
		return versions(new TariffPlan("HB-RES-TOU", LocalDate.of(2026, 1, 1), "tou", "RESIDENTIAL", null, "CNY", CHINA,
				HUBEI_RES_TOU, null, byBand("0.78", "0.68", "0.58", "0.43"), hubeiTiers(), null, null, null, "test"));
	}

	static TariffVersions ev() {
		return versions(new TariffPlan("HB-EV-TOU", LocalDate.of(2026, 1, 1), "ev", "RESIDENTIAL", null, "CNY", CHINA,
				HUBEI_RES_TOU, null, byBand("0.78", "0.68", "0.58", "0.43"), List.of(), null, null, null, "test"));
	}

	static TariffVersions londonFlat() {
		return versions(new TariffPlan("LCL-STD", LocalDate.of(2013, 1, 1), "flat", "LCL", null, "GBP", LONDON, null,
				new BigDecimal("0.14228"), Map.of(), List.of(), null, null, null, "test"));
	}

	/** High 67.20, Normal 11.76, Low 3.99 p/kWh on the real 2013 schedule. */
	static TariffVersions londonDynamic() {
		Map<Instant, Band> slots = new HashMap<>();
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.ofNamedCsvRecord(
					new InputStreamReader(TestTariffs.class.getResourceAsStream("/strategy/tariffs/lcl-dtou-2013.csv"),
							StandardCharsets.UTF_8))) {
			for (NamedCsvRecord r : csv) {
				Instant gmt = LocalDateTime.parse(r.getField(0).replace(' ', 'T')).toInstant(ZoneOffset.UTC);
				slots.put(gmt, switch (r.getField(1)) {
					case "High" -> Band.PEAK;
					case "Low" -> Band.VALLEY;
					default -> Band.FLAT;
				});
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<Band, BigDecimal> prices = new EnumMap<>(Band.class);
		prices.put(Band.PEAK, new BigDecimal("0.672"));
		prices.put(Band.FLAT, new BigDecimal("0.1176"));
		prices.put(Band.VALLEY, new BigDecimal("0.0399"));
		return versions(new TariffPlan("LCL-DTOU", LocalDate.of(2013, 1, 1), "dtou", "LCL", null, "GBP", LONDON,
				BandCalendar.schedule("LCL_DTOU_2013", LONDON, slots, 30), null, prices, List.of(), null, null, null,
				"test"));
	}

	private static TariffVersions ci(String code, String sharp, String peak, String flat, String valley, String demand,
			String capacity, String pf) {
		return versions(new TariffPlan(code, LocalDate.of(2026, 1, 1), code, "GENERAL_CI", "10KV", "CNY", CHINA,
				HUBEI_CI, null, byBand(sharp, peak, flat, valley), List.of(), decimal(demand), decimal(capacity),
				decimal(pf), "test"));
	}

	private static List<TariffPlan.Tier> hubeiTiers() {
		return List.of(new TariffPlan.Tier(1, BigDecimal.ZERO, new BigDecimal("2160"), BigDecimal.ZERO),
				new TariffPlan.Tier(2, new BigDecimal("2160"), new BigDecimal("4800"), new BigDecimal("0.05")),
				new TariffPlan.Tier(3, new BigDecimal("4800"), null, new BigDecimal("0.30")));
	}

	/** Four values by band: prices, or kWh. */
	static Map<Band, BigDecimal> byBand(String sharp, String peak, String flat, String valley) {
		Map<Band, BigDecimal> prices = new EnumMap<>(Band.class);
		prices.put(Band.SHARP, new BigDecimal(sharp));
		prices.put(Band.PEAK, new BigDecimal(peak));
		prices.put(Band.FLAT, new BigDecimal(flat));
		prices.put(Band.VALLEY, new BigDecimal(valley));
		return prices;
	}

	private static TariffVersions versions(TariffPlan plan) {
		return new TariffVersions(plan.code(), List.of(plan));
	}

	private static BigDecimal decimal(String s) {
		return s == null ? null : new BigDecimal(s);
	}

	private static BandCalendar hubeiCi() {
		Band[][] grid = new Band[12][24];
		for (int m = 1; m <= 12; m++) {
			boolean summer = m == 7 || m == 8;
			fill(grid, m, Band.VALLEY, 0, 6, 12, 14);
			fill(grid, m, Band.FLAT, 6, 12, 14, 16);
			if (summer) {
				fill(grid, m, Band.PEAK, 16, 20, 22, 24);
				fill(grid, m, Band.SHARP, 20, 22);
			}
			else {
				fill(grid, m, Band.PEAK, 16, 18, 20, 24);
				fill(grid, m, Band.SHARP, 18, 20);
			}
		}
		return BandCalendar.hourly("HUBEI_CI", CHINA, grid);
	}

	private static BandCalendar hubeiResidential() {
		Band[][] grid = new Band[12][24];
		for (int m = 1; m <= 12; m++) {
			fill(grid, m, Band.VALLEY, 0, 7, 23, 24);
			fill(grid, m, Band.FLAT, 7, 17);
			fill(grid, m, Band.PEAK, 17, 20, 22, 23);
			fill(grid, m, Band.SHARP, 20, 22);
		}
		return BandCalendar.hourly("HUBEI_RES_TOU", CHINA, grid);
	}

	private static void fill(Band[][] grid, int month, Band band, int... fromTo) {
		for (int r = 0; r < fromTo.length; r += 2) {
			for (int h = fromTo[r]; h < fromTo[r + 1]; h++) {
				grid[month - 1][h] = band;
			}
		}
	}

}
