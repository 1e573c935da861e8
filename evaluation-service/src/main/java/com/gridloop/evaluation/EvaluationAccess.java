package com.gridloop.evaluation;

import com.gridloop.common.security.EndpointAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.gridloop.common.security.Roles.*;

/**
 * Who may call which endpoint of the evaluation service, decided from the URL before the
 * body is read. An endpoint missing here answers 403 to everyone, and the endpoint matrix
 * test fails.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationAccess {

	@Bean
	EndpointAccess evaluationEndpoints() {
		return new EndpointAccess().get("/api/v1/campaigns/{id}/results", ANY_ROLE)
			.get("/api/v1/campaigns/{id}/results/load-shift", ANY_ROLE)
			.get("/api/v1/evaluation/stats", ANY_ROLE)
			.get("/api/v1/evaluation/campaigns", ANY_ROLE)
			.get("/api/v1/evaluation/power", ANY_ROLE);
	}

}
