package com.gridloop.reach.dispatch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The receipts path answers to the gateway's shared secret, checked by
 * {@link ReceiptController}, not to HTTP Basic users; every other path keeps the common
 * security.
 */
@Configuration(proxyBeanMethods = false)
class ReceiptSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain gatewayReceiptChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/v1/channels/receipts")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s
				.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.build();
	}

}
