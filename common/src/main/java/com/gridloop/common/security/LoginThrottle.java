package com.gridloop.common.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles HTTP Basic guessing: after {@code maxFailures} failed logins of one user from
 * one address within {@code window}, that user from that address gets 429 (with
 * Retry-After) until the window has passed, right or wrong password alike. A success
 * clears the count. Counts are kept in memory, per instance.
 */
public final class LoginThrottle extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Past this many keys, expired ones are dropped. */
	private static final int MAX_KEYS = 100_000;

	private record Failures(int count, Instant since) {
	}

	/** How a refusal is written: status 429 with a problem document. */
	@FunctionalInterface
	public interface Refusal {

		void write(HttpServletResponse response, long retryAfterSeconds) throws IOException;

	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private final Refusal refusal;

	public LoginThrottle(int maxFailures, Duration window, Clock clock, Refusal refusal) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = basicUser(request.getHeader("Authorization"));
		if (user == null) {
			chain.doFilter(request, response);
			return;
		}
		String key = user + "@" + request.getRemoteAddr();
		Instant now = this.clock.instant();
		Failures f = current(key, now);
		if (f != null && f.count() >= this.maxFailures) {
			long retryAfter = Math.max(1, Duration.between(now, f.since().plus(this.window)).toSeconds());
			this.refusal.write(response, retryAfter);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			Failures counted = this.failures.merge(key, new Failures(1, now),
					(old, one) -> expired(old, now) ? one : new Failures(old.count() + 1, old.since()));
			if (counted.count() == this.maxFailures) {
				log.warn("Login of {} from {} throttled after {} failures", user, request.getRemoteAddr(),
						counted.count());
			}
			trim(now);
		}
		else if (f != null) {
			this.failures.remove(key);
		}
	}

	private Failures current(String key, Instant now) {
		Failures f = this.failures.get(key);
		if (f != null && expired(f, now)) {
			this.failures.remove(key, f);
			return null;
		}
		return f;
	}

	private boolean expired(Failures f, Instant now) {
		return !now.isBefore(f.since().plus(this.window));
	}

	private void trim(Instant now) {
		if (this.failures.size() > MAX_KEYS) {
			this.failures.values().removeIf(f -> expired(f, now));
		}
	}

	/** The user name of a Basic Authorization header, or null. */
	static String basicUser(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
