package com.gridloop.profile.predict;

import java.util.List;

import com.gridloop.common.web.Problems;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Trained models with their held-out metrics, and a customer's predictions. */
@RestController
record ModelController(ModelQueries queries) {

	@GetMapping("/api/v1/models")
	List<ModelQueries.ModelVersion> models() {
		return this.queries.models();
	}

	@GetMapping("/api/v1/customers/{customerId}/forecast")
	List<ModelQueries.ForecastDay> forecast(@PathVariable String customerId) {
		List<ModelQueries.ForecastDay> days = this.queries.forecast(customerId);
		if (days.isEmpty()) {
			throw Problems.notFound("Load forecast of customer", customerId);
		}
		return days;
	}

	@GetMapping("/api/v1/customers/{customerId}/predictions")
	List<ModelQueries.Prediction> predictions(@PathVariable String customerId) {
		List<ModelQueries.Prediction> predictions = this.queries.predictions(customerId);
		if (predictions.isEmpty()) {
			throw Problems.notFound("Predictions of customer", customerId);
		}
		return predictions;
	}

}
