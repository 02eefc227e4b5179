package dev.blog.adapter.in.web;

import dev.blog.adapter.in.common.error.ErrorSurfaces;
import dev.blog.adapter.in.web.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.cors.CorsFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Browsers on the origins in {@code blog.cors.allowed-origins} get their preflights answered by Micronaut's CORS
 * support (configured in application.yml); a preflight from any other origin gets a clear 403 problem here,
 * instead of a 405 because no route takes OPTIONS. Requests that are not preflights go on as usual: without
 * CORS headers in the answer, the browser keeps it from the other origin's script.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CrossOriginRefusal implements Ordered {

    private final Set<String> allowedOrigins;
    private final ErrorSurfaces surfaces;

    CrossOriginRefusal(@Value("${blog.cors.allowed-origins:}") List<String> allowedOrigins, ErrorSurfaces surfaces) {
        this.surfaces = surfaces;
        this.allowedOrigins = allowedOrigins.stream()
                .flatMap(origins -> Arrays.stream(origins.split(",")))
                .map(String::trim)
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public int getOrder() {
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseUnknownOrigins(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        boolean preflight = request.getMethod() == HttpMethod.OPTIONS
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        // Another surface (RealWorld) has origins of its own (its controllers' @CrossOrigin).
        if (origin == null || !preflight || allowedOrigins.contains(origin) || surfaces.of(request).isPresent()) {
            return null;
        }
        return Problems.response(HttpStatus.FORBIDDEN,
                "Pages on " + origin + " may not call this API: the origin is not on the list of allowed origins");
    }
}
