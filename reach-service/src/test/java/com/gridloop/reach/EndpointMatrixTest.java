package com.gridloop.reach;

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
@ReachIntegrationTest
class EndpointMatrixTest extends EndpointContract {

	@Override
	protected Map<String, Access> rows() {
		Map<String, Access> expected = new LinkedHashMap<>();
		expected.put("GET /api/v1/call-lists/me", Access.roles(CAN_WORK_CALL_LISTS));
		expected.put("GET /api/v1/call-lists/me.csv", Access.roles(CAN_WORK_CALL_LISTS));
		expected.put("GET /api/v1/call-lists/customers/{customerId}",
				Access.ownerScoped(CAN_WORK_CALL_LISTS, ACCOUNT_MANAGER, TEAM_LEAD));
		expected.put("POST /api/v1/tasks/{taskId}/outcomes", Access.roles(CAN_WORK_CALL_LISTS));
		expected.put("GET /api/v1/tasks/stats", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/reach/channels/stats", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/reach/stats", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/reach/contact-plan", Access.roles(ANY_ROLE));
		expected.put("POST /api/v1/outcomes", Access.roles(CAN_RECORD_OUTCOMES));
		expected.put("POST /api/v1/outcomes/batch", Access.roles(CAN_RECORD_OUTCOMES));
		expected.put("PUT /api/v1/consents", Access.roles(CAN_RECORD_OUTCOMES));
		expected.put("GET /api/v1/consents/{customerId}", Access.ownerScoped(CAN_RECORD_OUTCOMES, ACCOUNT_MANAGER));
		expected.put("GET /api/v1/customers/{customerId}/contacts",
				Access.ownerScoped(ANY_ROLE, ACCOUNT_MANAGER, TEAM_LEAD));
		expected.put("POST /api/v1/templates/preview", Access.roles(ANY_ROLE));
		// The gateway signs its receipts with a shared secret; no user may post them.
		expected.put("POST /api/v1/channels/receipts", Access.selfAuthenticated());
		return expected;
	}

}
