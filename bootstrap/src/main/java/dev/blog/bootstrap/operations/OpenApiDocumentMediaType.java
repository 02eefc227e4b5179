package dev.blog.bootstrap.operations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Serves the OpenAPI document as YAML (RFC 9512): the static-resource handler knows no media type for
 * {@code .yml} and says {@code text/plain}, which tools that fetch the document by URL take for prose.
 */
@ServerFilter("/swagger/**")
final class OpenApiDocumentMediaType {

    static final String YAML = "application/yaml";

    @ResponseFilter
    void yaml(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.status() == HttpStatus.OK && request.getPath().endsWith(".yml")) {
            response.contentType(YAML);
        }
    }
}
