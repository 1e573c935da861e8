package com.gridloop.common.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTest {

	/** bcrypt, counting the checks that reach it. */
	static final class CountingBcrypt implements PasswordEncoder {

		final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.checks.incrementAndGet();
			return this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

	private final CountingBcrypt bcrypt = new CountingBcrypt();

	private final String stored = this.bcrypt.encode("a long passphrase");

	@Test
	void aVerifiedPasswordIsCheckedOnceWithinTheTtl() {
		VerifiedPasswords passwords = new VerifiedPasswords(this.bcrypt, Duration.ofMinutes(5), 100);
		for (int i = 0; i < 5; i++) {
			assertThat(passwords.matches("a long passphrase", this.stored)).isTrue();
		}
		assertThat(this.bcrypt.checks).hasValue(1);
	}

	@Test
	void wrongPasswordsAreNeverRememberedAndPayEveryCheck() {
		VerifiedPasswords passwords = new VerifiedPasswords(this.bcrypt, Duration.ofMinutes(5), 100);
		assertThat(passwords.matches("a long passphrase", this.stored)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(passwords.matches("a long passphras", this.stored)).isFalse();
			assertThat(passwords.matches("a long passphrase ", this.stored)).isFalse();
		}
		assertThat(this.bcrypt.checks).hasValue(7);
	}

	@Test
	void aNewStoredHashIsCheckedAgainEvenForTheSamePassword() {
		VerifiedPasswords passwords = new VerifiedPasswords(this.bcrypt, Duration.ofMinutes(5), 100);
		String other = this.bcrypt.encode("another passphrase");
		assertThat(passwords.matches("a long passphrase", this.stored)).isTrue();
		assertThat(passwords.matches("a long passphrase", other)).isFalse();
		String rehashed = this.bcrypt.encode("a long passphrase");
		assertThat(passwords.matches("a long passphrase", rehashed)).isTrue();
		assertThat(passwords.matches("a long passphrase", rehashed)).isTrue();
		assertThat(this.bcrypt.checks).hasValue(3);
	}

	@Test
	void aSuccessIsForgottenAfterTheTtl() throws Exception {
		VerifiedPasswords passwords = new VerifiedPasswords(this.bcrypt, Duration.ofMillis(100), 100);
		assertThat(passwords.matches("a long passphrase", this.stored)).isTrue();
		Thread.sleep(250);
		assertThat(passwords.matches("a long passphrase", this.stored)).isTrue();
		assertThat(this.bcrypt.checks).hasValue(2);
	}

	@Test
	void encodingIsTheDelegates() {
		VerifiedPasswords passwords = new VerifiedPasswords(this.bcrypt, Duration.ofMinutes(5), 100);
		String encoded = passwords.encode("x y z");
		assertThat(encoded).startsWith("$2a$04$");
		assertThat(this.bcrypt.bcrypt.matches("x y z", encoded)).isTrue();
	}

}
