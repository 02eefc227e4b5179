package dev.blog.adapter.in.web.access;

import dev.blog.adapter.in.web.problem.Problem;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import dev.blog.adapter.in.web.problem.ProblemExamples;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents that an operation needs a bearer token and answers 401 without a valid one. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@SecurityRequirement(name = BearerAuthentication.SCHEME)
@ApiResponse(responseCode = "401", description = "No valid token: missing, malformed, expired or revoked",
        headers = @Header(name = "WWW-Authenticate", description = "Bearer"),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NEEDS_TOKEN)))
public @interface BearerAuthentication {

    /** The name of the security scheme declared in the OpenAPI document. */
    String SCHEME = "bearerAuth";
}
