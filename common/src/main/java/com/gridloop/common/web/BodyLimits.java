package com.gridloop.common.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies a service reads; a larger one is answered 413 with a problem
 * document.
 *
 * @param maxJsonBody the largest JSON body ({@code application/json} and
 * {@code application/*+json})
 * @param maxUploadSize the largest body of any other type (file uploads, read as a
 * stream; multipart forms through {@code spring.servlet.multipart.max-request-size},
 * which defaults to this)
 */
@ConfigurationProperties("gridloop.web")
public record BodyLimits(@DefaultValue("10MB") DataSize maxJsonBody, @DefaultValue("4GB") DataSize maxUploadSize) {

}
