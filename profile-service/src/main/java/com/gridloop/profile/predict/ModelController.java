package com.gridloop.profile.predict;

import java.util.List;
import java.util.Map;

import com.gridloop.common.web.Problems;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Trained models with their held-out metrics, and a customer's predictions. */
@RestController
class ModelController {

	private final JdbcTemplate jdbc;

	ModelController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/models")
	List<Map<String, Object>> models() {
		return this.jdbc.queryForList(
				"select version, kind, trained_at, metrics::text as metrics from model_version order by trained_at desc");
	}

	@GetMapping("/api/v1/customers/{customerId}/forecast")
	List<Map<String, Object>> forecast(@PathVariable String customerId) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select day, kwh, method, version from forecast where customer_id = ? order by day", customerId);
		if (rows.isEmpty()) {
			throw Problems.notFound("Load forecast of customer", customerId);
		}
		return rows;
	}

	@GetMapping("/api/v1/customers/{customerId}/predictions")
	List<Map<String, Object>> predictions(@PathVariable String customerId) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select v.tag_code as prediction, v.value_num as probability, v.value_text as model_version,
				       v.computed_at, m.metrics ->> 'auc' as model_auc
				from tag_value v left join model_version m on m.version = v.value_text
				where v.customer_id = ? and v.tag_code in ('churn_risk', 'arrears_risk')""", customerId);
		if (rows.isEmpty()) {
			throw Problems.notFound("Predictions of customer", customerId);
		}
		return rows;
	}

}
