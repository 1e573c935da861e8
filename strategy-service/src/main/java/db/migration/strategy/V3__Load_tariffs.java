package db.migration.strategy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the tariff tables of V2 from the CSV files in {@code tariffs/} (sources in
 * {@code strategy/tariffs/README.md}; a path of its own, since the local platform puts
 * every service on one classpath): band calendars, the London 2013 half-hour schedule,
 * tariff versions with their band prices (C&I rows from the Hubei 2026-01 table) and
 * tiers.
 */
public class V3__Load_tariffs extends BaseJavaMigration {

	private static final String LONDON_CALENDAR = "LCL_DTOU_2013";

	@Override
	public void migrate(Context context) throws Exception {
		Connection c = context.getConnection();
		calendars(c);
		londonSchedule(c);
		tariffs(c);
		tiers(c);
	}

	private static void calendars(Connection c) throws SQLException {
		List<NamedCsvRecord> rows = read("band-calendars.csv");
		try (PreparedStatement calendar = c.prepareStatement(
				"insert into band_calendar (calendar, zone, source) values (?, ?, ?) on conflict do nothing");
				PreparedStatement hours = c.prepareStatement(
						"insert into band_calendar_hours (calendar, months, band, from_hour, to_hour) values (?, ?, ?, ?, ?)")) {
			for (NamedCsvRecord r : rows) {
				calendar.setString(1, r.getField("calendar"));
				calendar.setString(2, r.getField("zone"));
				calendar.setString(3, r.getField("source"));
				calendar.executeUpdate();
				List<Short> months = new ArrayList<>();
				for (int[] range : ranges(r.getField("months"))) {
					for (int m = range[0]; m <= range[1]; m++) {
						months.add((short) m);
					}
				}
				for (int[] range : ranges(r.getField("hours"))) {
					hours.setString(1, r.getField("calendar"));
					hours.setArray(2, c.createArrayOf("smallint", months.toArray()));
					hours.setString(3, r.getField("band"));
					hours.setShort(4, (short) range[0]);
					hours.setShort(5, (short) range[1]);
					hours.addBatch();
				}
			}
			hours.executeBatch();
		}
	}

	/** High, Normal and Low are the peak, flat and valley bands; the times are GMT. */
	private static void londonSchedule(Connection c) throws SQLException {
		try (PreparedStatement calendar = c
			.prepareStatement("insert into band_calendar (calendar, zone, source) values (?, 'Europe/London', ?)")) {
			calendar.setString(1, LONDON_CALENDAR);
			calendar.setString(2, "UK Power Networks Low Carbon London 2013 dynamic time-of-use signal");
			calendar.executeUpdate();
		}
		try (PreparedStatement slot = c.prepareStatement(
				"insert into band_schedule (calendar, slot_start, slot_minutes, band) values (?, ?, 30, ?)")) {
			for (NamedCsvRecord r : read("lcl-dtou-2013.csv")) {
				LocalDateTime gmt = LocalDateTime.parse(r.getField("TariffDateTime").replace(' ', 'T'));
				slot.setString(1, LONDON_CALENDAR);
				slot.setTimestamp(2, Timestamp.from(gmt.toInstant(ZoneOffset.UTC)));
				slot.setString(3, switch (r.getField("Tariff")) {
					case "High" -> "PEAK";
					case "Low" -> "VALLEY";
					case "Normal" -> "FLAT";
					default -> throw new IllegalStateException("Unknown London signal " + r.getField("Tariff"));
				});
				slot.addBatch();
			}
			slot.executeBatch();
		}
	}

	private static void tariffs(Connection c) throws SQLException {
		Map<String, NamedCsvRecord> table = new HashMap<>();
		for (NamedCsvRecord r : read("hubei-ci-2026-01.csv")) {
			table.put(r.getField("tariff") + "|" + r.getField("voltage"), r);
		}
		try (PreparedStatement version = c.prepareStatement("""
				insert into tariff_version (tariff_code, valid_from, name, category, voltage, currency, zone, calendar,
				  flat_price, demand_charge, capacity_charge, pf_standard, source)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
				PreparedStatement price = c.prepareStatement(
						"insert into tariff_band_price (tariff_code, valid_from, band, price) values (?, ?, ?, ?)")) {
			for (NamedCsvRecord r : read("tariffs.csv")) {
				String code = r.getField("tariff_code");
				Date validFrom = Date.valueOf(LocalDate.parse(r.getField("valid_from")));
				NamedCsvRecord prices = r;
				BigDecimal demand = null;
				BigDecimal capacity = null;
				if (!r.getField("price_row").isEmpty()) {
					prices = table.get(r.getField("price_row"));
					if (prices == null) {
						throw new IllegalStateException(code + " names unknown price row " + r.getField("price_row"));
					}
					demand = decimal(prices.getField("demand_charge_per_kw_month"));
					capacity = decimal(prices.getField("capacity_charge_per_kva_month"));
				}
				version.setString(1, code);
				version.setDate(2, validFrom);
				version.setString(3, r.getField("name"));
				version.setString(4, r.getField("category"));
				version.setString(5, blankToNull(r.getField("voltage")));
				version.setString(6, r.getField("currency"));
				version.setString(7, r.getField("zone"));
				version.setString(8, blankToNull(r.getField("calendar")));
				version.setBigDecimal(9, decimal(r.getField("flat_price")));
				version.setBigDecimal(10, demand);
				version.setBigDecimal(11, capacity);
				version.setBigDecimal(12, decimal(r.getField("pf_standard")));
				version.setString(13, r.getField("source"));
				version.executeUpdate();
				for (String band : List.of("sharp", "peak", "flat", "valley")) {
					BigDecimal p = decimal(prices.getField(band));
					if (p != null) {
						price.setString(1, code);
						price.setDate(2, validFrom);
						price.setString(3, band.toUpperCase(java.util.Locale.ROOT));
						price.setBigDecimal(4, p);
						price.addBatch();
					}
				}
			}
			price.executeBatch();
		}
	}

	private static void tiers(Connection c) throws SQLException {
		try (PreparedStatement tier = c.prepareStatement("""
				insert into tariff_tier (tariff_code, valid_from, tier, from_kwh, to_kwh, surcharge)
				values (?, ?, ?, ?, ?, ?)""")) {
			for (NamedCsvRecord r : read("tiers.csv")) {
				tier.setString(1, r.getField("tariff_code"));
				tier.setDate(2, Date.valueOf(LocalDate.parse(r.getField("valid_from"))));
				tier.setShort(3, Short.parseShort(r.getField("tier")));
				tier.setBigDecimal(4, decimal(r.getField("from_kwh")));
				BigDecimal to = decimal(r.getField("to_kwh"));
				if (to == null) {
					tier.setNull(5, Types.NUMERIC);
				}
				else {
					tier.setBigDecimal(5, to);
				}
				tier.setBigDecimal(6, decimal(r.getField("surcharge")));
				tier.addBatch();
			}
			tier.executeBatch();
		}
	}

	private static List<int[]> ranges(String spec) {
		List<int[]> ranges = new ArrayList<>();
		for (String r : spec.split(";")) {
			String[] ends = r.split("-");
			ranges.add(new int[] { Integer.parseInt(ends[0].trim()), Integer.parseInt(ends[1].trim()) });
		}
		return ranges;
	}

	private static BigDecimal decimal(String text) {
		return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static List<NamedCsvRecord> read(String file) {
		try (Reader in = new InputStreamReader(V3__Load_tariffs.class.getResourceAsStream("/strategy/tariffs/" + file),
				StandardCharsets.UTF_8); CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in)) {
			return csv.stream().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
