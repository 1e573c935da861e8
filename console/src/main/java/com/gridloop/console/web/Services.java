package com.gridloop.console.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.gridloop.console.ConsoleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The console's only way to the data: the five services' REST APIs, called as the
 * logged-in user (HTTP Basic with the credentials of the session), so each service
 * applies its own rules to the user. JSON comes back as maps and lists for the templates.
 */
@Component
public class Services {

	private static final Logger log = LoggerFactory.getLogger(Services.class);

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private final ConsoleProperties properties;

	private final RestClient http;

	public Services(ConsoleProperties properties) {
		this.properties = properties;
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
		factory.setReadTimeout(Duration.ofSeconds(60));
		this.http = RestClient.builder().requestFactory(factory).build();
	}

	public Map<String, Object> object(String service, String path) {
		return call(service, path, () -> request(service, path).retrieve().body(MAP));
	}

	public List<Map<String, Object>> list(String service, String path) {
		List<Map<String, Object>> list = call(service, path, () -> request(service, path).retrieve().body(LIST));
		return list == null ? List.of() : list;
	}

	/**
	 * Like {@link #list}, but null when the service refuses or fails: for overview pages
	 * that show what they can.
	 */
	public List<Map<String, Object>> listOrNull(String service, String path) {
		try {
			return list(service, path);
		}
		catch (ServiceException ex) {
			log.debug("{} {}: {}", service, path, ex.getMessage());
			return null;
		}
	}

	public Map<String, Object> objectOrNull(String service, String path) {
		try {
			return object(service, path);
		}
		catch (ServiceException ex) {
			log.debug("{} {}: {}", service, path, ex.getMessage());
			return null;
		}
	}

	public Map<String, Object> post(String service, String path, Object body) {
		return call(service, path,
				() -> this.http.post()
					.uri(url(service, path))
					.headers(h -> basic(h))
					.contentType(MediaType.APPLICATION_JSON)
					.body(body == null ? Map.of() : body)
					.retrieve()
					.body(MAP));
	}

	/** A file streamed to a service as the request body (uploads). */
	public Map<String, Object> upload(String service, String path, org.springframework.core.io.Resource file,
			MediaType type) {
		return call(service, path,
				() -> this.http.post()
					.uri(url(service, path))
					.headers(this::basic)
					.contentType(type)
					.body(file)
					.retrieve()
					.body(MAP));
	}

	/** A file a service serves (CSV exports), passed through with its headers. */
	public ResponseEntity<byte[]> download(String service, String path) {
		ResponseEntity<byte[]> file = call(service, path,
				() -> request(service, path).retrieve().toEntity(byte[].class));
		return ResponseEntity.ok()
			.contentType(file.getHeaders().getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
					: file.getHeaders().getContentType())
			.header("Content-Disposition", file.getHeaders().getFirst("Content-Disposition"))
			.body(file.getBody());
	}

	private RestClient.RequestHeadersSpec<?> request(String service, String path) {
		return this.http.get()
			.uri(url(service, path))
			.headers(this::basic)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
	}

	private String url(String service, String path) {
		String base = this.properties.services().get(service);
		if (base == null) {
			throw new ServiceException(HttpStatus.SERVICE_UNAVAILABLE, "No URL configured for service " + service);
		}
		return base + path;
	}

	private void basic(org.springframework.http.HttpHeaders headers) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.getCredentials() instanceof String password) {
			headers.setBasicAuth(user.getName(), password, StandardCharsets.UTF_8);
		}
	}

	private static <T> T call(String service, String path, java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RestClientResponseException ex) {
			HttpStatusCode status = ex.getStatusCode();
			Map<?, ?> problem = problem(ex);
			String detail = problem != null && problem.get("detail") != null ? String.valueOf(problem.get("detail"))
					: ex.getStatusText();
			throw new ServiceException(status, detail);
		}
		catch (RestClientException ex) {
			log.warn("{} {} failed: {}", service, path, ex.getMessage());
			throw new ServiceException(HttpStatus.BAD_GATEWAY, "The " + service + " service did not answer");
		}
	}

	private static Map<?, ?> problem(RestClientResponseException ex) {
		try {
			return ex.getResponseBodyAs(Map.class);
		}
		catch (RuntimeException notJson) {
			return null;
		}
	}

}
