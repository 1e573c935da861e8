package com.gridloop.evaluation;

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
@EvaluationIntegrationTest
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
		expected.put("GET /api/v1/campaigns/{id}/results", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/campaigns/{id}/results/load-shift", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/evaluation/stats", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/evaluation/campaigns", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/evaluation/power", Access.roles(ANY_ROLE));
		return expected;
	}

}
