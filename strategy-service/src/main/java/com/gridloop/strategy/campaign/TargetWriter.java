package com.gridloop.strategy.campaign;

import java.sql.Date;
import java.sql.Types;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a launched campaign's targets and its global-holdout members. */
final class TargetWriter {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	TargetWriter(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void write(UUID campaignId, List<TargetAssigned> targets, List<String> heldOut) {
		this.jdbc.batchUpdate("""
				insert into target (campaign_id, customer_id, arm, offer_code, channel, reason, benefit_yuan, priority,
				  segment, benefit_unit, benefit_quantity, benefit_text, triggers, conversion_probability,
				  expected_value, investment_yuan, payback_years, similar_customers, manager, scheduled_week)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", targets, 1000, (ps, t) -> {
			ps.setObject(1, campaignId);
			ps.setString(2, t.customerId());
			ps.setString(3, t.arm().name());
			ps.setString(4, t.offerCode());
			ps.setString(5, t.channel().name());
			ps.setString(6, t.reason());
			ps.setDouble(7, t.benefitYuan());
			ps.setInt(8, t.priority());
			ps.setString(9, t.segment());
			ps.setString(10, t.benefitUnit());
			ps.setDouble(11, t.benefitQuantity());
			ps.setString(12, t.benefitText());
			ps.setString(13, this.json.writeValueAsString(t.triggers()));
			ps.setDouble(14, t.conversionProbability());
			ps.setDouble(15, t.expectedValue());
			ps.setObject(16, t.investmentYuan(), Types.DOUBLE);
			ps.setObject(17, t.paybackYears(), Types.DOUBLE);
			ps.setString(18, this.json.writeValueAsString(t.similarCustomers()));
			ps.setString(19, t.manager());
			ps.setDate(20, t.scheduledWeek() == null ? null : Date.valueOf(t.scheduledWeek()));
		});
		this.jdbc.batchUpdate("insert into holdout_member (campaign_id, customer_id) values (?, ?)", heldOut, 1000,
				(ps, customer) -> {
					ps.setObject(1, campaignId);
					ps.setString(2, customer);
				});
	}

}
