package com.gridloop.reach;

import com.gridloop.common.security.EndpointAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.gridloop.common.security.Roles.*;

/**
 * Who may call which endpoint of the reach service, decided from the URL before the body
 * is read. An endpoint missing here answers 403 to everyone, and the endpoint matrix test
 * fails.
 */
@Configuration(proxyBeanMethods = false)
class ReachAccess {

	@Bean
	EndpointAccess reachEndpoints() {
		return new EndpointAccess().get("/api/v1/call-lists/me", CAN_WORK_CALL_LISTS)
			.get("/api/v1/call-lists/me.csv", CAN_WORK_CALL_LISTS)
			.get("/api/v1/call-lists/customers/{customerId}", CAN_WORK_CALL_LISTS)
			.post("/api/v1/tasks/{taskId}/outcomes", CAN_WORK_CALL_LISTS)
			.get("/api/v1/tasks/stats", ANY_ROLE)
			.get("/api/v1/reach/channels/stats", ANY_ROLE)
			.get("/api/v1/reach/stats", ANY_ROLE)
			.get("/api/v1/reach/contact-plan", ANY_ROLE)
			// Managers record and read their own customers only (checked per customer).
			.post("/api/v1/outcomes", CAN_RECORD_OUTCOMES)
			.post("/api/v1/outcomes/batch", CAN_RECORD_OUTCOMES)
			.put("/api/v1/consents", CAN_RECORD_OUTCOMES)
			.get("/api/v1/consents/{customerId}", CAN_RECORD_OUTCOMES)
			.get("/api/v1/customers/{customerId}/contacts", ANY_ROLE)
			.post("/api/v1/templates/preview", ANY_ROLE);
	}

}
