package org.placementledger.infra.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API description, OpenAPI 3 at {@code /v3/api-docs} and browsable at {@code /swagger-ui.html} (for signed-in
 * users, as every endpoint). springdoc reads each endpoint and its parameters from the controllers; this adds what
 * they do not say: how to sign in, and the problem details (RFC 9457) every endpoint may answer with, each with an
 * example, so that a client knows the shape of an error before it meets one. docs/api.md says what each means.
 */
@Configuration
public class ApiDescription {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "Problem";

    @Bean
    public OpenAPI placementLedgerApi() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, parameter or file at fault"))
                .addProperty("message", new StringSchema().description("what is wrong with it"));
        Schema<?> problem = new ObjectSchema().description("Problem details (RFC 9457), with the fields at fault where there are some")
                .addProperty("type", new StringSchema().description("the kind of problem, such as /problems/invalid-request"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError).description("each field at fault (400)"))
                .addProperty("rule", new StringSchema().description("the rule of the record that refused the change (422)"));
        return new OpenAPI()
                .info(new Info().title("Placement Ledger API").version("0.1.0")
                        .description("Placements of children in council care recorded as events; the figures at any date as known at any "
                                + "time; 903 import and export. Roles and their endpoints: docs/security.md; every field: docs/api.md."))
                .components(new Components()
                        .addSchemas(PROBLEM, problem)
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("local users (the embedded default)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("an OIDC issuer's access token, when one is configured")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The problems every operation may answer with, and those of operations that change the record. */
    @Bean
    public OpenApiCustomizer problemResponses() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            add(responses, "400", "The request is not valid: each field, parameter or file at fault is named", example(400,
                    "/problems/invalid-request", "Invalid request", "1 field is not valid",
                    List.of(Map.of("field", "asAt", "message", "a date as yyyy-MM-dd, not '31/03/2025'"))));
            add(responses, "401", "Not signed in", example(401, "/problems/unauthenticated", "Sign-in needed",
                    "This needs a signed-in user: send credentials (Basic) or sign in at /login.", null));
            add(responses, "403", "Signed in, without a role this endpoint is for", example(403, "/problems/forbidden", "Not allowed",
                    "Your roles do not allow GET /api/children/TQ-1001/history.", null));
            add(responses, "429", "Too many failed sign-ins for this user or from this address: try again after Retry-After seconds",
                    example(429, "/problems/sign-in-locked", "Too many failed sign-ins", "5 sign-ins for this user failed: sign-in is locked "
                            + "until 2026-12-07T09:00:30Z (in 30 s). An administrator can see locks at GET /api/admin/sign-in-locks, "
                            + "and a password reset lifts the user's.", null));
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
                add(responses, "409", "Another change to the same record came first: read it again and retry", example(409,
                        "/problems/concurrent-write", "Concurrent write",
                        "Another write to this child was recorded first. Read the child again and retry if the change still applies.", null));
                add(responses, "422", "Refused by a rule of the record", example(422, "/problems/rules/ALREADY_IN_CARE",
                        "Refused by a rule of the record", "care cannot start on 2025-01-06: child TQ-1001 has been in care since 2024-10-01; "
                                + "a new period of care can start only after this one ends", null));
            }
            if (path.startsWith("/api/measures") || path.startsWith("/api/dashboard") || path.startsWith("/api/reports")) {
                add(responses, "503", "Just started: the figures do not yet hold every child; try again after Retry-After seconds",
                        example(503, "/problems/figures-loading", "Figures loading", "This instance's figures do not yet hold every child: "
                                + "the projections are rebalancing and read every child's timeline once they run. Try again in a few seconds; "
                                + "/actuator/health says when it is UP.", null));
            }
            add(responses, "500", "Something unexpected went wrong: nothing was half applied", example(500, "/problems/internal",
                    "Internal error", "The request could not be completed. Quote incident 3f1c0e6a-2b7d-4c1e-9a51-0d6f2e8b7c44 when reporting it.", null));
            operation.setResponses(responses);
        }));
    }

    private static void add(ApiResponses responses, String status, String description, Example example) {
        if (responses.containsKey(status)) return;
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)).addExamples("problem", example))));
    }

    private static Example example(int status, String type, String title, String detail, List<Map<String, String>> errors) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type);
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        if (errors != null) value.put("errors", errors);
        return new Example().value(value);
    }
}
