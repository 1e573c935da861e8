package com.gridloop.profile.predict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads for the model endpoints: trained models, a customer's load forecast and risk
 * predictions.
 */
@Component
record ModelQueries(JdbcClient jdbc) {

	/** A trained model; metrics is its held-out metrics as a JSON text, as stored. */
	record ModelVersion(String version, String kind, Instant trainedAt, String metrics) {
	}

	/** One forecast day of a customer. */
	record ForecastDay(LocalDate day, double kwh, String method, String version) {
	}

	/**
	 * A risk tag of a customer with the model that computed it; modelAuc is the AUC as
	 * stored, a text.
	 */
	record Prediction(String prediction, Double probability, String modelVersion, Instant computedAt, String modelAuc) {
	}

	List<ModelVersion> models() {
		return this.jdbc.sql(
				"select version, kind, trained_at, metrics::text as metrics from model_version order by trained_at desc")
			.query(ModelVersion.class)
			.list();
	}

	List<ForecastDay> forecast(String customerId) {
		return this.jdbc.sql("select day, kwh, method, version from forecast where customer_id = ? order by day")
			.param(customerId)
			.query(ForecastDay.class)
			.list();
	}

	List<Prediction> predictions(String customerId) {
		return this.jdbc.sql("""
				select v.tag_code as prediction, v.value_num as probability, v.value_text as model_version,
				       v.computed_at, m.metrics ->> 'auc' as model_auc
				from tag_value v left join model_version m on m.version = v.value_text
				where v.customer_id = ? and v.tag_code in ('churn_risk', 'arrears_risk')""")
			.param(customerId)
			.query(Prediction.class)
			.list();
	}

}
