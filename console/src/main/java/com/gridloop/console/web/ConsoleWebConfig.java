package com.gridloop.console.web;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese unless the browser prefers English or the user switched ({@code ?lang=en},
 * remembered in a cookie).
 */
@Configuration
class ConsoleWebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("gridloop-lang");
		resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") != null
				&& "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		registry.addInterceptor(change);
	}

}
