package com.gridloop.ingestion;

import com.gridloop.common.security.EndpointAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.gridloop.common.security.Roles.*;

/**
 * Who may call which endpoint of the ingestion service, decided from the URL before the
 * body is read. An endpoint missing here answers 403 to everyone, and the endpoint matrix
 * test fails.
 */
@Configuration(proxyBeanMethods = false)
class IngestionAccess {

	@Bean
	EndpointAccess ingestionEndpoints() {
		return new EndpointAccess().get("/api/v1/ingestion/stats", ANY_ROLE)
			.post("/api/v1/batches/{source}", CAN_LOAD_DATA)
			.post("/api/v1/batches/{id}/quarantine/replay", CAN_LOAD_DATA)
			.get("/api/v1/batches", CAN_LOAD_DATA)
			.get("/api/v1/batches/{id}", CAN_LOAD_DATA)
			.get("/api/v1/batches/{id}/quality", CAN_LOAD_DATA)
			.get("/api/v1/batches/{id}/quarantine", CAN_LOAD_DATA)
			.get("/api/v1/quality", CAN_LOAD_DATA)
			// Managers read their own customers only (checked per customer).
			.get("/api/v1/customers", ANY_ROLE)
			.get("/api/v1/customers/{customerId}", ANY_ROLE)
			.delete("/api/v1/customers/{customerId}/personal-data", ADMIN_ONLY)
			.post("/api/v1/identity/resolve", CAN_LOAD_DATA)
			.post("/api/v1/identity/duplicates/scan", CAN_LOAD_DATA)
			.get("/api/v1/identity/reviews", CAN_LOAD_DATA)
			.post("/api/v1/identity/reviews/{id}/decision", CAN_LOAD_DATA)
			.get("/api/v1/identity/merges", CAN_LOAD_DATA)
			.post("/api/v1/identity/merges", CAN_LOAD_DATA)
			.get("/api/v1/identity/merges/{id}", CAN_LOAD_DATA)
			.post("/api/v1/identity/merges/{id}/undo", CAN_LOAD_DATA)
			.post("/api/v1/identity/unlink", CAN_LOAD_DATA);
	}

}
