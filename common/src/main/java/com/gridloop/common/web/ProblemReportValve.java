package com.gridloop.common.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error report, for what Tomcat refuses before the application sees it (an
 * encoded NUL or a malformed escape in the URL, a bad header): an RFC 9457 problem
 * document with the status only, instead of Tomcat's HTML page. Installed on the host by
 * the common auto-configuration.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
				writer.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
						+ (known == null ? "Error" : known.getReasonPhrase())
						+ "\",\"detail\":\"The server refused the request before reading it\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response committed: nothing more to say.
		}
	}

}
