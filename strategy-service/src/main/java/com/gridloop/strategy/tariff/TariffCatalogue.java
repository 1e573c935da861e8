package com.gridloop.strategy.tariff;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tariffs strategy prices offers with, from its own table (seeded with the Hubei 2026-01 prices). */
@Component
@RestController
public class TariffCatalogue {

	private final JdbcTemplate jdbc;

	TariffCatalogue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Tariff> find(String code) {
		return all().stream().filter(t -> t.code().equals(code)).findFirst();
	}

	@GetMapping("/api/v1/tariffs")
	public List<Tariff> all() {
		return this.jdbc.query("""
				select tariff_code, name, flat_price, tou_code, sharp_price, peak_price, flat_band_price, valley_price,
				       source from tariff order by tariff_code""", (rs, i) -> new Tariff(rs.getString(1),
				rs.getString(2), rs.getDouble(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7),
				rs.getDouble(8), rs.getString(9)));
	}

}
