package org.placementledger.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

@Configuration
public class ReadAuditConfig implements WebMvcConfigurer {

    private final ReadAudit audit;
    private final ObjectMapper json;

    public ReadAuditConfig(MongoDatabase database, Clock clock, ObjectMapper json) {
        this.audit = new ReadAudit(database, clock);
        this.json = json;
    }

    @Bean
    public ReadAudit readAudit() {
        return audit;
    }

    @Bean
    public HmacPseudonyms childPseudonyms(MongoDatabase database) {
        return new HmacPseudonyms(database);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadAuditInterceptor(audit, new SecurityProblems(json, "")))
                .addPathPatterns("/api/children/*/history", "/api/exports/**", "/api/reports", "/api/reports/**", "/api/imports/*/problems",
                        "/api/imports/*/problems.csv", "/api/measures/members");
    }
}
