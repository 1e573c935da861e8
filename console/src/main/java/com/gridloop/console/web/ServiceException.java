package com.gridloop.console.web;

import org.springframework.http.HttpStatusCode;

/**
 * A service refused or failed a call; the console shows the service's own reason with the
 * same status (403 stays 403).
 */
public class ServiceException extends RuntimeException {

	private final HttpStatusCode status;

	public ServiceException(HttpStatusCode status, String detail) {
		super(detail);
		this.status = status;
	}

	public HttpStatusCode status() {
		return this.status;
	}

}
