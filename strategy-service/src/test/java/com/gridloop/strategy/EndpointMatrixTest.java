package com.gridloop.strategy;

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
@StrategyIntegrationTest
class EndpointMatrixTest extends EndpointContract {

	@Override
	protected Map<String, Access> rows() {
		Map<String, Access> expected = new LinkedHashMap<>();
		expected.put("POST /api/v1/campaigns", Access.roles(CAN_RUN_CAMPAIGNS));
		expected.put("POST /api/v1/campaigns/{id}/launch", Access.roles(CAN_RUN_CAMPAIGNS));
		expected.put("GET /api/v1/campaigns", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/campaigns/{id}", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/campaigns/{id}/targets", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/strategy/stats", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/holdout", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/acquisition/leads", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/acquisition/growth-areas", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/acquisition/stats", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/customers/{id}/rate-comparison", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/tariffs", Access.roles(ANY_ROLE));
		expected.put("POST /api/v1/bills/simulate", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/offers", Access.roles(ANY_ROLE));
		expected.put("POST /api/v1/audiences/preview", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/audiences/tags", Access.roles(CAN_READ_LEADS));
		expected.put("GET /api/v1/learning", Access.roles(ANY_ROLE));
		return expected;
	}

}
