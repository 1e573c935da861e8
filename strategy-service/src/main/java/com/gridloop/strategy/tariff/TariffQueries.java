package com.gridloop.strategy.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the tariff tables (written only by migrations) into tariff versions. */
@Component
record TariffQueries(JdbcClient jdbc) {

	/** Every tariff code with its versions, oldest first. */
	Map<String, TariffVersions> all() {
		Map<String, BandCalendar> calendars = calendars();
		Map<String, Map<Band, BigDecimal>> prices = new HashMap<>();
		this.jdbc.sql("select tariff_code, valid_from, band, price from tariff_band_price").query(rs -> {
			prices
				.computeIfAbsent(key(rs.getString(1), rs.getObject(2, LocalDate.class)), k -> new EnumMap<>(Band.class))
				.put(Band.valueOf(rs.getString(3)), rs.getBigDecimal(4));
		});
		Map<String, List<TariffPlan.Tier>> tiers = new HashMap<>();
		this.jdbc
			.sql("select tariff_code, valid_from, tier, from_kwh, to_kwh, surcharge from tariff_tier order by tier")
			.query(rs -> {
				tiers.computeIfAbsent(key(rs.getString(1), rs.getObject(2, LocalDate.class)), k -> new ArrayList<>())
					.add(new TariffPlan.Tier(rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
							rs.getBigDecimal(6)));
			});
		Map<String, List<TariffPlan>> versions = new LinkedHashMap<>();
		this.jdbc.sql("""
				select tariff_code, valid_from, name, category, voltage, currency, zone, calendar, flat_price,
				       demand_charge, capacity_charge, pf_standard, source
				from tariff_version order by tariff_code, valid_from""").query(rs -> {
			String code = rs.getString(1);
			LocalDate from = rs.getObject(2, LocalDate.class);
			String key = key(code, from);
			versions.computeIfAbsent(code, k -> new ArrayList<>())
				.add(new TariffPlan(code, from, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
						ZoneId.of(rs.getString(7)), rs.getString(8) == null ? null : calendars.get(rs.getString(8)),
						rs.getBigDecimal(9), prices.getOrDefault(key, Map.of()), tiers.getOrDefault(key, List.of()),
						rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13)));
		});
		Map<String, TariffVersions> byCode = new LinkedHashMap<>();
		versions.forEach((code, list) -> byCode.put(code, new TariffVersions(code, list)));
		return byCode;
	}

	private Map<String, BandCalendar> calendars() {
		Map<String, ZoneId> zones = new HashMap<>();
		this.jdbc.sql("select calendar, zone from band_calendar").query(rs -> {
			zones.put(rs.getString(1), ZoneId.of(rs.getString(2)));
		});
		Map<String, Band[][]> grids = new HashMap<>();
		this.jdbc.sql("select calendar, months, band, from_hour, to_hour from band_calendar_hours").query(rs -> {
			Band[][] grid = grids.computeIfAbsent(rs.getString(1), k -> new Band[12][24]);
			Band band = Band.valueOf(rs.getString(3));
			for (Object month : (Object[]) rs.getArray(2).getArray()) {
				for (int h = rs.getInt(4); h < rs.getInt(5); h++) {
					grid[((Number) month).intValue() - 1][h] = band;
				}
			}
		});
		Map<String, Map<Instant, Band>> schedules = new HashMap<>();
		Map<String, Integer> slotMinutes = new HashMap<>();
		this.jdbc.sql("select calendar, slot_start, slot_minutes, band from band_schedule").query(rs -> {
			schedules.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
				.put(rs.getTimestamp(2).toInstant(), Band.valueOf(rs.getString(4)));
			slotMinutes.put(rs.getString(1), rs.getInt(3));
		});
		Map<String, BandCalendar> calendars = new HashMap<>();
		grids.forEach((name, grid) -> calendars.put(name, BandCalendar.hourly(name, zones.get(name), grid)));
		schedules.forEach((name, slots) -> calendars.put(name,
				BandCalendar.schedule(name, zones.get(name), slots, slotMinutes.get(name))));
		return calendars;
	}

	private static String key(String code, LocalDate validFrom) {
		return code + "|" + validFrom;
	}

}
