package com.gridloop.common.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ConfiguredUsersTest {

	private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

	@Test
	void outsideTheLocalPlatformPasswordsMustBeHashedAndNotDefaults() {
		assertThatIllegalStateException().isThrownBy(() -> load(false, "s3cret-but-plain"))
			.withMessageContaining("not hashed");
		assertThatIllegalStateException().isThrownBy(() -> load(false, "{noop}s3cret"))
			.withMessageContaining("not hashed");
		assertThatIllegalStateException().isThrownBy(() -> load(false, "{bcrypt}" + BCRYPT.encode("change-me")))
			.withMessageContaining("known default");
		assertThat(
				load(false, "{bcrypt}" + BCRYPT.encode("a long passphrase")).loadUserByUsername("admin").getPassword())
			.startsWith("{bcrypt}");
	}

	@Test
	void theLocalPlatformTakesPlainPasswords() {
		assertThat(load(true, "admin-demo").loadUserByUsername("admin").getPassword()).isEqualTo("{noop}admin-demo");
	}

	@Test
	void aHashedPasswordLogsIn() {
		String hashed = "{bcrypt}" + BCRYPT.encode("a long passphrase");
		assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("a long passphrase", hashed))
			.isTrue();
	}

	private static org.springframework.security.provisioning.InMemoryUserDetailsManager load(boolean local,
			String password) {
		return ConfiguredUsers
			.load(new SecurityProperties(Map.of("admin", new SecurityProperties.User(password, List.of("ADMIN"))),
					local, new SecurityProperties.LoginThrottle(5, java.time.Duration.ofMinutes(15)),
					new SecurityProperties.Jwt("preferred_username", "roles"), java.time.Duration.ZERO));
	}

}
