package com.gridloop.evaluation;

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
@EvaluationIntegrationTest
class EndpointMatrixTest extends EndpointContract {

	@Override
	protected Map<String, Access> rows() {
		Map<String, Access> expected = new LinkedHashMap<>();
		expected.put("GET /api/v1/campaigns/{id}/results", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/campaigns/{id}/results/load-shift", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/evaluation/stats", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/evaluation/campaigns", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/evaluation/power", Access.roles(ANY_ROLE));
		return expected;
	}

}
