package org.placementledger.infra.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
public class WebLimitsConfig {

    /** Before sign-in: an oversized body is refused before anything reads it. */
    @Bean
    public FilterRegistrationBean<BodySizeLimit> bodySizeLimit(@Value("${placement-ledger.http.max-body-bytes:1048576}") long maxBytes) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(maxBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
