package com.gridloop.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

import com.gridloop.testsupport.EndpointMatrix;
import com.gridloop.testsupport.EndpointMatrix.Access;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.gridloop.common.security.Roles.*;

/**
 * Every operation of the service's OpenAPI document against every role and anonymous: an
 * endpoint missing from this table, or answering otherwise, fails the build.
 */
@EvaluationIntegrationTest
class EndpointMatrixTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyEndpointAnswersEveryRoleAsExpected() {
		Map<String, Access> expected = new LinkedHashMap<>();
		expected.put("GET /api/v1/campaigns/{id}/results", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/campaigns/{id}/results/load-shift", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/evaluation/stats", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/evaluation/campaigns", Access.roles(ANY_ROLE));
		expected.put("GET /api/v1/evaluation/power", Access.roles(ANY_ROLE));
		EndpointMatrix.verify(this.context, this.port, expected);
	}

}
