package com.gridloop.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import com.gridloop.testsupport.EndpointContract;
import com.gridloop.testsupport.EndpointMatrix.Access;

import static com.gridloop.common.security.Roles.*;

/**
 * Every operation of the service's OpenAPI document against every role and anonymous, and
 * with malformed parameters and bodies (see {@link EndpointContract}): an endpoint
 * missing from this table, or answering otherwise, fails the build.
 */
@ProfileIntegrationTest
class EndpointMatrixTest extends EndpointContract {

	@Override
	protected Map<String, Access> rows() {
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
