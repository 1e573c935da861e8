package com.gridloop.reach;

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
@ReachIntegrationTest
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
