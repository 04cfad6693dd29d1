package org.placementledger.infra.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.net.URI;

/**
 * The figures are answered only once they hold every child. Just after a start (or a restore) the projections
 * read every child's timeline back from their store; a figure asked for before that would count only the children
 * recorded since, and say nothing of it (a restart showed 0 children in care where there were 327). So until then
 * the figures, the dashboard and the reports answer 503 with Retry-After, and health is OUT_OF_SERVICE; recording
 * and children's histories (read from the event store) go on as ever.
 */
@Configuration
public class FiguresReady implements WebMvcConfigurer, HandlerInterceptor {

    private final ProjectionStreams projections;
    private final ObjectMapper json;

    public FiguresReady(ProjectionStreams projections, ObjectMapper json) {
        this.projections = projections;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/measures", "/api/measures/**", "/api/dashboard/**", "/api/reports/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (projections.figuresLoaded()) return true;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "This instance's figures do not yet hold every child: the projections are " + projections.state().name().toLowerCase(java.util.Locale.ROOT)
                        + " and read every child's timeline once they run. Try again in a few seconds; /actuator/health says when it is UP.");
        problem.setType(URI.create("/problems/figures-loading"));
        problem.setTitle("Figures loading");
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "5");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
        return false;
    }
}
