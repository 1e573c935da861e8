package com.gridloop.common.privacy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataSerializerTest {

	record View(String customerId, @PersonalData(PersonalData.Kind.NAME) String name,
			@PersonalData(PersonalData.Kind.PHONE) String phone,
			@PersonalData(PersonalData.Kind.JSON_OBJECT) String record) {
	}

	private final JsonMapper json = JsonMapper.builder().build();

	private final View view = new View("C1", "张三明", "13812345678", "{\"name\":\"张三明\"}");

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void analystsAndMarketersReadMasked() {
		as("ROLE_ANALYST");
		assertThat(this.json.writeValueAsString(this.view)).isEqualTo(
				"{\"customerId\":\"C1\",\"name\":\"张*明\",\"phone\":\"138****5678\",\"record\":{\"name\":\"张*明\"}}");
		as("ROLE_MARKETER");
		assertThat(this.json.writeValueAsString(this.view)).contains("张*明").doesNotContain("张三明");
	}

	@Test
	void adminsAndAccountManagersReadInFull() {
		as("ROLE_ADMIN");
		assertThat(this.json.writeValueAsString(this.view)).isEqualTo(
				"{\"customerId\":\"C1\",\"name\":\"张三明\",\"phone\":\"13812345678\",\"record\":{\"name\":\"张三明\"}}");
		as("ROLE_ACCOUNT_MANAGER");
		assertThat(this.json.writeValueAsString(this.view)).contains("13812345678");
		as("ROLE_ACCOUNT_MANAGER", "ROLE_MARKETER");
		assertThat(this.json.writeValueAsString(this.view)).as("a marketer who also manages reads masked")
			.doesNotContain("13812345678");
	}

	@Test
	void withoutAUserEverythingIsMasked() {
		assertThat(this.json.writeValueAsString(this.view)).doesNotContain("张三明");
	}

	private static void as(String... authorities) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("u", null,
					AuthorityUtils.createAuthorityList(authorities)));
	}

}
