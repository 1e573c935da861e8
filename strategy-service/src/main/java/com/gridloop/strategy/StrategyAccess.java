package com.gridloop.strategy;

import com.gridloop.common.security.EndpointAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.gridloop.common.security.Roles.*;

/**
 * Who may call which endpoint of the strategy service, decided from the URL before the
 * body is read. An endpoint missing here answers 403 to everyone, and the endpoint matrix
 * test fails.
 */
@Configuration(proxyBeanMethods = false)
class StrategyAccess {

	@Bean
	EndpointAccess strategyEndpoints() {
		return new EndpointAccess().post("/api/v1/campaigns", CAN_RUN_CAMPAIGNS)
			.post("/api/v1/campaigns/{id}/launch", CAN_RUN_CAMPAIGNS)
			.get("/api/v1/campaigns", ANY_ROLE)
			.get("/api/v1/campaigns/{id}", ANY_ROLE)
			// Every target of a campaign: not for managers, who work their own call
			// lists.
			.get("/api/v1/campaigns/{id}/targets", CAN_READ_LEADS)
			.get("/api/v1/strategy/stats", ANY_ROLE)
			.get("/api/v1/holdout", ANY_ROLE)
			.get("/api/v1/acquisition/leads", CAN_READ_LEADS)
			.get("/api/v1/acquisition/growth-areas", CAN_READ_LEADS)
			.get("/api/v1/acquisition/stats", CAN_READ_LEADS)
			.get("/api/v1/customers/{id}/rate-comparison", CAN_READ_LEADS)
			.get("/api/v1/tariffs", ANY_ROLE)
			.post("/api/v1/bills/simulate", ANY_ROLE)
			.get("/api/v1/offers", ANY_ROLE)
			.post("/api/v1/audiences/preview", CAN_READ_LEADS)
			.get("/api/v1/audiences/tags", CAN_READ_LEADS)
			.get("/api/v1/learning", ANY_ROLE);
	}

}
