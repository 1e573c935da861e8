package com.gridloop.strategy.offer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The offer catalogue, read from strategy's {@code offer} table. */
@Component
public record OfferCatalogue(JdbcClient jdbc, JsonMapper json) {

	private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {
	};

	/** Every offer, by scenario and code. */
	public List<Offer> all() {
		return this.jdbc.sql("""
				select code, scenario, name_zh, name_en, description, eligibility, formula, parameters::text,
				       channels, cost_per_contact, prior_rate, valid_from, valid_to
				from offer order by scenario, code""")
			.query((rs, i) -> new Offer(rs.getString(1), Scenario.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), BenefitFormula.valueOf(rs.getString(7)),
					this.json.readValue(rs.getString(8), PARAMETERS),
					Arrays.stream(rs.getString(9).split(",")).map(String::trim).map(Channel::valueOf).toList(),
					rs.getBigDecimal(10), rs.getDouble(11), rs.getObject(12, LocalDate.class),
					rs.getObject(13, LocalDate.class)))
			.list();
	}

	public Optional<Offer> find(String code) {
		return all().stream().filter(o -> o.code().equals(code)).findFirst();
	}

	/** The offers of a scenario valid on the day. */
	public List<Offer> forScenario(Scenario scenario, LocalDate day) {
		return all().stream().filter(o -> o.scenario() == scenario && o.validOn(day)).toList();
	}

}
