package com.gridloop.profile;

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
@ProfileIntegrationTest
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
				EndpointFuzz.Options.defaults());
		assertThat(sent).isGreaterThan(100);
	}

	/** The expected access of every operation. */
	private static Map<String, Access> rows() {
		Map<String, Access> expected = new LinkedHashMap<>();
		expected.put("POST /api/v1/segmentation/runs", Access.roles(CAN_RUN_ANALYSIS));
		expected.put("POST /api/v1/segmentation/runs/{id}/cancel", Access.roles(CAN_RUN_ANALYSIS));
		expected.put("GET /api/v1/segmentation/runs", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/segmentation/runs/{id}", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/segmentation/segments", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/segmentation/segment-sizes", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/segmentation/segments/{code}/members", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/segmentation/segments/{code}/members.csv", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/models", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/customers/{customerId}/forecast", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/customers/{customerId}/predictions", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/customers/{customerId}/profile", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/customers/{customerId}/usage", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/tags", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/tags/{code}/stats", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/profile/stats", Access.roles(ANY_ROLE));
		return expected;
	}

}
