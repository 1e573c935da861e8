package com.gridloop.profile;

import com.gridloop.common.security.EndpointAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.gridloop.common.security.Roles.*;

/**
 * Who may call which endpoint of the profile service, decided from the URL before the
 * body is read. An endpoint missing here answers 403 to everyone, and the endpoint matrix
 * test fails.
 */
@Configuration(proxyBeanMethods = false)
class ProfileAccess {

	@Bean
	EndpointAccess profileEndpoints() {
		return new EndpointAccess().post("/api/v1/segmentation/runs", CAN_RUN_ANALYSIS)
			.post("/api/v1/segmentation/runs/{id}/cancel", CAN_RUN_ANALYSIS)
			.get("/api/v1/segmentation/runs", ANY_ROLE)
			.get("/api/v1/segmentation/runs/{id}", ANY_ROLE)
			.get("/api/v1/segmentation/segments", ANY_ROLE)
			.get("/api/v1/segmentation/segment-sizes", ANY_ROLE)
			// Lists of customers: not for managers, who work their own call lists.
			.get("/api/v1/segmentation/segments/{code}/members", CAN_READ_LEADS)
			.get("/api/v1/segmentation/segments/{code}/members.csv", CAN_READ_LEADS)
			.get("/api/v1/models", ANY_ROLE)
			.get("/api/v1/customers/{customerId}/forecast", CAN_READ_LEADS)
			.get("/api/v1/customers/{customerId}/predictions", CAN_READ_LEADS)
			.get("/api/v1/customers/{customerId}/profile", CAN_READ_LEADS)
			.get("/api/v1/customers/{customerId}/usage", CAN_READ_LEADS)
			.get("/api/v1/tags", ANY_ROLE)
			.get("/api/v1/tags/{code}/stats", ANY_ROLE)
			.get("/api/v1/profile/stats", ANY_ROLE);
	}

}
