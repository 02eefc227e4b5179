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

/**
 * Documents an operation on something that belongs to someone: it needs a bearer token (401 without a valid
 * one) and is for the owner and admins only (403 for anyone else who can see it; 404 for whoever cannot).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@SecurityRequirement(name = BearerAuthentication.SCHEME)
@ApiResponse(responseCode = "401", description = "No valid token: missing, malformed, expired or revoked",
        headers = @Header(name = "WWW-Authenticate", description = "Bearer"),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NEEDS_TOKEN)))
@ApiResponse(responseCode = "403", description = "The caller is neither the owner nor an admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NOT_OWNER)))
public @interface OwnerOrAdmin {
}
