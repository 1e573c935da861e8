package com.gridloop.common.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error a controller raises into an RFC 9457 problem document. Validation
 * failures list each field and what is wrong with it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	/** PostgreSQL's data exceptions a request can cause, in words. */
	private static final Map<String, String> DATA_EXCEPTIONS = Map.of("22021",
			"a character the database cannot hold (a NUL byte)", "22P05", "a character the database cannot hold",
			"22003", "a number out of range", "22008", "a date or time out of range", "22007",
			"a date or time it cannot read", "22P02", "a value it cannot read as its type", "22001", "a text too long");

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ex.getBody();
		List<Map<String, Object>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.<String, Object>of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.toList();
		body.setDetail("The request has " + errors.size() + " invalid field(s)");
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors fields) {
				fields.getFieldErrors()
					.forEach(e -> errors
						.add(Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage()))));
			}
			else {
				String name = result.getMethodParameter().getParameterName();
				result.getResolvableErrors()
					.forEach(e -> errors
						.add(Map.of("field", String.valueOf(name), "message", String.valueOf(e.getDefaultMessage()))));
			}
		}
		ProblemDetail body = ex.getBody();
		body.setDetail("The request has " + errors.size() + " invalid value(s)");
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	/**
	 * A body of a type the endpoint does not read: the problem lists the types it does.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
			org.springframework.web.HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail body = ex.getBody();
		List<String> accepted = ex.getSupportedMediaTypes().stream().map(Object::toString).toList();
		body.setDetail("Content type " + ex.getContentType() + " is not accepted here; send one of " + accepted);
		body.setProperty("accepted", accepted);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	/**
	 * A body cut off by {@link BodyLimitFilter} while it was parsed is too large, not
	 * malformed.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t instanceof PayloadTooLargeException tooLarge) {
				return handleErrorResponseException(tooLarge, new HttpHeaders(), tooLarge.getStatusCode(), request);
			}
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail onConstraintViolation(ConstraintViolationException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is invalid");
		body.setProperty("errors",
				ex.getConstraintViolations()
					.stream()
					.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
					.toList());
		return body;
	}

	/**
	 * What the database refuses: a value it cannot hold (SQLSTATE class 22: a NUL byte, a
	 * number or date out of range, a text its column type cannot read) is the client's
	 * error, 400; a change that breaks a constraint (class 23) is a conflict, 409.
	 * Neither quotes the database's message, which may hold other customers' values.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail onIntegrityViolation(DataIntegrityViolationException ex) {
		String state = sqlState(ex);
		if (state != null && state.startsWith("22")) {
			return Problems
				.badRequest("invalid-value",
						"A value of the request cannot be stored: " + DATA_EXCEPTIONS.getOrDefault(state,
								"the database refuses it (SQLSTATE " + state + ")"))
				.getBody();
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The change conflicts with existing data" + (state == null ? "" : " (SQLSTATE " + state + ")"));
	}

	private static String sqlState(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	/**
	 * Someone changed the same thing between this request's read and its write (a
	 * {@code @Version} mismatch).
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail onConcurrentChange(OptimisticLockingFailureException ex) {
		return Problems
			.conflict("concurrent-change",
					"Someone else changed this at the same time; read it again and retry if still needed")
			.getBody();
	}

	/**
	 * A multipart body that cannot be parsed (no boundary, cut off, not a form at all) is
	 * the client's error.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail onBrokenMultipart(MultipartException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The multipart form cannot be read: " + ex.getMostSpecificCause().getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail onIllegalArgument(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
