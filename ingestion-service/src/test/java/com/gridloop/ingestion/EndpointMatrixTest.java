package com.gridloop.ingestion;

import java.util.LinkedHashMap;
import java.util.Map;

import com.gridloop.testsupport.EndpointContract;
import com.gridloop.testsupport.EndpointFuzz;
import com.gridloop.testsupport.EndpointMatrix.Access;

import static com.gridloop.common.security.Roles.*;

/**
 * Every operation of the service's OpenAPI document against every role and anonymous, and
 * with malformed parameters and bodies (see {@link EndpointContract}): an endpoint
 * missing from this table, or answering otherwise, fails the build.
 */
@IngestionIntegrationTest
class EndpointMatrixTest extends EndpointContract {

	@Override
	protected EndpointFuzz.Options fuzzOptions() {
		return EndpointFuzz.Options.defaults().withSamples(Map.of("source", "customers"));
	}

	@Override
	protected Map<String, Access> rows() {
		Map<String, Access> expected = new LinkedHashMap<>();
		expected.put("GET /api/v1/ingestion/stats", Access.roles(ANY_ROLE));
		expected.put("POST /api/v1/batches/{source}", Access.roles(CAN_LOAD_DATA));
		expected.put("POST /api/v1/batches/{id}/quarantine/replay", Access.roles(CAN_LOAD_DATA));
		expected.put("GET /api/v1/batches", Access.roles(CAN_LOAD_DATA));
		expected.put("GET /api/v1/batches/{id}", Access.roles(CAN_LOAD_DATA));
		expected.put("GET /api/v1/batches/{id}/quality", Access.roles(CAN_LOAD_DATA));
		expected.put("GET /api/v1/batches/{id}/quarantine", Access.roles(CAN_LOAD_DATA));
		expected.put("GET /api/v1/quality", Access.roles(CAN_LOAD_DATA));
		expected.put("GET /api/v1/customers", Access.ownerScoped(ANY_ROLE, ACCOUNT_MANAGER, TEAM_LEAD));
		expected.put("GET /api/v1/customers/{customerId}", Access.ownerScoped(ANY_ROLE, ACCOUNT_MANAGER, TEAM_LEAD));
		expected.put("DELETE /api/v1/customers/{customerId}/personal-data", Access.roles(ADMIN_ONLY));
		expected.put("POST /api/v1/identity/resolve", Access.roles(CAN_LOAD_DATA));
		expected.put("POST /api/v1/identity/duplicates/scan", Access.roles(CAN_LOAD_DATA));
		expected.put("GET /api/v1/identity/reviews", Access.roles(CAN_LOAD_DATA));
		expected.put("POST /api/v1/identity/reviews/{id}/decision", Access.roles(CAN_LOAD_DATA));
		expected.put("GET /api/v1/identity/merges", Access.roles(CAN_LOAD_DATA));
		expected.put("POST /api/v1/identity/merges", Access.roles(CAN_LOAD_DATA));
		expected.put("GET /api/v1/identity/merges/{id}", Access.roles(CAN_LOAD_DATA));
		expected.put("POST /api/v1/identity/merges/{id}/undo", Access.roles(CAN_LOAD_DATA));
		expected.put("POST /api/v1/identity/unlink", Access.roles(CAN_LOAD_DATA));
		return expected;
	}

}
