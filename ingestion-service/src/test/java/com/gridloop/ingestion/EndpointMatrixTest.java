package com.gridloop.ingestion;

import java.util.LinkedHashMap;
import java.util.Map;

import com.gridloop.testsupport.EndpointFuzz;
import com.gridloop.testsupport.EndpointMatrix;
import com.gridloop.testsupport.EndpointMatrix.Access;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.gridloop.common.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the service's OpenAPI document against every role and anonymous: an
 * endpoint missing from this table, or answering otherwise, fails the build. The same
 * table tells the fuzz test whom to call each operation as.
 */
@IngestionIntegrationTest
class EndpointMatrixTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyEndpointAnswersEveryRoleAsExpected() {
		EndpointMatrix.verify(this.context, this.port, rows());
	}

	/**
	 * Every operation with malformed parameters and bodies, as a role the table allows:
	 * never a 5xx, every 4xx a problem document (see {@link EndpointFuzz}).
	 */
	@Test
	void malformedRequestsGetProblemsNeverServerErrors() {
		int sent = EndpointFuzz.verify(this.port, EndpointMatrix.withCommonRows(rows()),
				EndpointFuzz.Options.defaults().withSamples(Map.of("source", "customers")));
		assertThat(sent).isGreaterThan(100);
	}

	/** The expected access of every operation. */
	private static Map<String, Access> rows() {
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
