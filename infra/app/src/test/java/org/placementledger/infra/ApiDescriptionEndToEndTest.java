package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client developer reading the API description: valid OpenAPI 3, every endpoint the application serves in it with
 * its query parameters, each with the problems it may answer with and an example of one, and a page to browse it.
 */
class ApiDescriptionEndToEndTest {

    @TempDir
    static Path dataDir;
    private static RunningLedger ledger;

    @BeforeAll
    static void start() {
        ledger = RunningLedger.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (ledger != null) ledger.close();
    }

    @Test
    void givenTheApiDescription_thenItIsValidOpenApi_andHoldsEveryEndpointWithItsParametersAndProblems() {
        assertThat(ledger.withAuthorization(null).get("/v3/api-docs").status()).as("for signed-in users, as every endpoint").isEqualTo(401);
        RunningLedger.Response answer = ledger.as("manager").get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(answer.body(), null, options);
        assertThat(parsed.getMessages()).as("the OpenAPI parser's complaints").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");

        JsonNode paths = answer.json().path("paths");
        List<String> missing = new ArrayList<>();
        int endpoints = 0;
        RequestMappingHandlerMapping mappings = ledger.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.placementledger")) continue; // Spring's error page, springdoc's own
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                for (RequestMethod method : methods(mapping.getKey())) {
                    endpoints++;
                    JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + path);
                        continue;
                    }
                    for (MethodParameter parameter : handler.getMethodParameters()) {
                        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
                        if (query == null) continue;
                        parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                        String name = !query.name().isEmpty() ? query.name() : !query.value().isEmpty() ? query.value() : parameter.getParameterName();
                        boolean listed = false;
                        for (JsonNode p : operation.path("parameters")) listed |= p.path("name").asText().equals(name);
                        // A multipart file part is in the request body, not a parameter.
                        if (!listed && !operation.path("requestBody").isMissingNode()) continue;
                        assertThat(listed).as(method + " " + path + " lists its parameter " + name).isTrue();
                    }
                    JsonNode invalid = operation.path("responses").path("400").path("content").path("application/problem+json");
                    assertThat(invalid.path("examples").path("problem").path("value").path("type").asText())
                            .as(method + " " + path + " shows the problem a bad request gets").startsWith("/problems/");
                }
            }
        }
        assertThat(endpoints).as("the application's own endpoints").isGreaterThan(40);
        assertThat(missing).as("endpoints missing from the API description").isEmpty();
    }

    @Test
    void givenABrowser_thenTheApiDescriptionCanBeBrowsed() {
        RunningLedger.Response page = ledger.as("manager").get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(ledger.as("manager").get("/v3/api-docs/swagger-config").json().path("url").asText()).isEqualTo("/v3/api-docs");
    }

    private static List<RequestMethod> methods(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods);
    }
}
