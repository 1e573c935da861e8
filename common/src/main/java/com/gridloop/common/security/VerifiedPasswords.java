package com.gridloop.common.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password check that remembers its successes for a short time. HTTP Basic sends the
 * password with every request, and a bcrypt check costs 50-80 ms of CPU at the default
 * cost (10): a client that calls an endpoint a few times a second (the console, a call
 * centre's system) would keep a core busy with checks alone. Like Apache's
 * {@code mod_authn_socache} or Caddy's basic-auth cache, a successful check of a password
 * against a stored hash is remembered for {@code ttl}; the next request with the same
 * password and the same stored hash needs no bcrypt.
 *
 * <p>
 * What is kept is an HMAC-SHA256, under a random key made at start and never stored, of
 * the stored hash and the password (each prefixed by its length): no password and no
 * reusable hash sit in memory. Only successes are kept, so every wrong password still
 * pays the full check and counts towards the login throttle. A changed password has a new
 * stored hash, hence a new key: nothing needs invalidating.
 */
public final class VerifiedPasswords implements PasswordEncoder {

	private static final String HMAC = "HmacSHA256";

	private final PasswordEncoder delegate;

	private final Cache<String, Boolean> verified;

	private final SecretKeySpec key;

	/**
	 * @param ttl how long a success is remembered (from the check that made it)
	 * @param maxEntries at most this many remembered successes (Caffeine evicts beyond
	 * it)
	 */
	public VerifiedPasswords(PasswordEncoder delegate, Duration ttl, long maxEntries) {
		this.delegate = delegate;
		this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, HMAC);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String check = check(rawPassword, encodedPassword);
		if (this.verified.getIfPresent(check) != null) {
			return true;
		}
		boolean matches = this.delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			this.verified.put(check, Boolean.TRUE);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private String check(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			update(mac, encodedPassword.getBytes(StandardCharsets.UTF_8));
			update(mac, rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static void update(Mac mac, byte[] bytes) {
		mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
		mac.update(bytes);
	}

}
