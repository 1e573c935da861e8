package com.gridloop.console;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console over stand-in services on real HTTP, with one user per role kind: the
 * application context and the stub that the console's MockMvc tests share (the stub lives
 * as long as the test JVM, like the cached context that calls it).
 */
@SpringBootTest(properties = { "spring.config.name=console", "gridloop.security.users.km.password=km-pw",
		"gridloop.security.users.km.roles=ACCOUNT_MANAGER", "gridloop.security.users.ana.password=ana-pw",
		"gridloop.security.users.ana.roles=ANALYST", "gridloop.security.users.mk.password=mk-pw",
		"gridloop.security.users.mk.roles=MARKETER" })
@AutoConfigureMockMvc
abstract class ConsoleMvcTestBase {

	static final StubServices STUB = new StubServices();

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		for (String service : ConsoleProperties.SERVICES) {
			registry.add("gridloop.console.services." + service, STUB::url);
		}
	}

	@BeforeEach
	void reset() {
		STUB.reset();
	}

	MockHttpSession logIn(String user, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(user).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** A page's HTML as the user of this session sees it, in English. */
	String page(String path, MockHttpSession session) throws Exception {
		return this.mvc.perform(get(path).session(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
