package com.gridloop.common.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The error page ({@code /error}) as an RFC 9457 problem document, in place of Spring
 * Boot's own JSON: it answers what failed before a controller was reached, such as a URL
 * the Spring Security firewall rejects ({@code %25}, {@code ;}, {@code //}, {@code ..},
 * control characters) or an exception thrown by a filter. A server error gives no detail
 * beyond its status; the log has the rest. It is no operation of the API, so it stays out
 * of the OpenAPI document.
 */
@Controller
@Hidden
public class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	@ResponseBody
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		ProblemDetail body = ProblemDetail.forStatus(status);
		Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (status.is4xxClientError()) {
			body.setDetail(cause instanceof Throwable t && t.getMessage() != null ? t.getMessage()
					: "The request cannot be served: " + status.getReasonPhrase());
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			try {
				body.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				// A URI the firewall rejected may not even parse; the problem goes
				// without.
			}
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
