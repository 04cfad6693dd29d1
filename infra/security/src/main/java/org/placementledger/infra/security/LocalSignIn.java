package org.placementledger.infra.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Local users unless an OAuth2/OIDC issuer is configured (its issuer URI, its key set URI or its public key). */
final class LocalSignIn implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        return blank(env.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                && blank(env.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                && blank(env.getProperty("spring.security.oauth2.resourceserver.jwt.public-key-location"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
