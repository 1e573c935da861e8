package com.gridloop.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.PayloadTooLargeException;

/**
 * Holds request bodies to {@link BodyLimits}: a declared length over the limit is
 * answered 413 before anything is read; a body without a declared length (chunked) is
 * counted as it is read and fails with {@link PayloadTooLargeException} (413) once past
 * the limit, so that no body is ever read whole into memory or onto disk beyond it. Runs
 * after Spring Security: an anonymous caller still gets 401 first.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

	private final BodyLimits limits;

	private final JsonMapper json;

	public BodyLimitFilter(BodyLimits limits, JsonMapper json) {
		this.limits = limits;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean isJson = isJson(request.getContentType());
		long limit = (isJson ? this.limits.maxJsonBody() : this.limits.maxUploadSize()).toBytes();
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			ProblemDetail problem = tooLarge(isJson, limit).getBody();
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(this.json.writeValueAsBytes(problem));
			return;
		}
		// A declared length is enforced by the server itself, and a request with neither
		// a
		// length nor a transfer coding has no body; multipart forms are read by the
		// server, limited by spring.servlet.multipart.max-request-size.
		boolean multipart = request.getContentType() != null
				&& request.getContentType().toLowerCase().startsWith("multipart/");
		boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
		chain.doFilter(chunked && !multipart ? new Limited(request, limit, isJson) : request, response);
	}

	static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static PayloadTooLargeException tooLarge(boolean isJson, long limit) {
		PayloadTooLargeException ex = new PayloadTooLargeException(null);
		ex.getBody()
			.setDetail((isJson ? "JSON bodies are limited to " : "Uploads are limited to ") + limit
					+ " bytes (gridloop.web." + (isJson ? "max-json-body" : "max-upload-size") + ")");
		return ex;
	}

	/** A request whose body fails once more than the limit has been read. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private final boolean isJson;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit, boolean isJson) {
			super(request);
			this.limit = limit;
			this.isJson = isJson;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream());
			}
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String charset = getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset == null
					? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)));
		}

		private final class Counting extends ServletInputStream {

			private final ServletInputStream in;

			private long read;

			Counting(ServletInputStream in) {
				this.in = in;
			}

			@Override
			public int read() throws IOException {
				int b = this.in.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = this.in.read(buffer, offset, length);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(int n) {
				this.read += n;
				if (this.read > Limited.this.limit) {
					throw tooLarge(Limited.this.isJson, Limited.this.limit);
				}
			}

			@Override
			public boolean isFinished() {
				return this.in.isFinished();
			}

			@Override
			public boolean isReady() {
				return this.in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				this.in.setReadListener(listener);
			}

		}

	}

}
