package com.gridloop.testsupport;

import java.util.Map;

import com.gridloop.testsupport.EndpointMatrix.Access;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service's endpoint test checks, given its access table: every operation of
 * the OpenAPI document against every role and anonymous (an endpoint missing from the
 * table, or answering otherwise, fails the build), and every operation with malformed
 * parameters and bodies as a role the table allows (never a 5xx, every 4xx a problem
 * document, see {@link EndpointFuzz}). A service's test extends this class, carries its
 * integration-test annotation and lists its {@link #rows()}.
 */
public abstract class EndpointContract {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	/** The expected access of every operation of the service, by "METHOD /path". */
	protected abstract Map<String, Access> rows();

	/** How the fuzz test calls the service: sample values for parameters it must name. */
	protected EndpointFuzz.Options fuzzOptions() {
		return EndpointFuzz.Options.defaults();
	}

	@Test
	void everyEndpointAnswersEveryRoleAsExpected() {
		EndpointMatrix.verify(this.context, this.port, rows());
	}

	@Test
	void malformedRequestsGetProblemsNeverServerErrors() {
		int sent = EndpointFuzz.verify(this.port, EndpointMatrix.withCommonRows(rows()), fuzzOptions());
		assertTrue(sent > 100, () -> "only " + sent + " malformed requests were sent");
	}

}
