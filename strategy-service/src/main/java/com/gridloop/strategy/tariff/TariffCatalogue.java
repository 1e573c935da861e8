package com.gridloop.strategy.tariff;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tariffs strategy prices offers with, from its own table (seeded with the Hubei
 * 2026-01 prices).
 */
@Component
public record TariffCatalogue(JdbcTemplate jdbc) {

	public List<Tariff> all() {
		return this.jdbc.query("""
				select tariff_code, name, flat_price, tou_code, sharp_price, peak_price, flat_band_price, valley_price,
				       source from tariff order by tariff_code""",
				(rs, i) -> new Tariff(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4),
						rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getString(9)));
	}

}
