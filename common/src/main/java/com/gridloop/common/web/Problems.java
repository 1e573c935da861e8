package com.gridloop.common.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problems the services raise, with a stable type URI per kind of problem. */
public final class Problems {

	private static final String TYPE_BASE = "https://gridloop.dev/problems/";

	private Problems() {
	}

	public static ErrorResponseException notFound(String what, Object id) {
		return problem(HttpStatus.NOT_FOUND, "not-found", what + " " + id + " does not exist");
	}

	public static ErrorResponseException badRequest(String type, String detail) {
		return problem(HttpStatus.BAD_REQUEST, type, detail);
	}

	public static ErrorResponseException conflict(String type, String detail) {
		return problem(HttpStatus.CONFLICT, type, detail);
	}

	public static ErrorResponseException unprocessable(String type, String detail) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, type, detail);
	}

	public static ErrorResponseException problem(HttpStatus status, String type, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create(TYPE_BASE + type));
		return new ErrorResponseException(status, body, null);
	}

}
