package dev.blog.adapter.in.web.access;

import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.adapter.in.web.problem.ProblemExamples;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the 429 of an operation that checks a password the caller typed: wrong passwords for one
 * account, at login and as the current password of a change, count together towards locking it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "429", description = """
        Too many wrong passwords for this account lately (5 within 15 minutes, at login and as \
        currentPassword together)""",
        headers = @Header(name = "Retry-After", description = "Seconds until attempts are allowed again"),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.THROTTLED)))
public @interface PasswordGuessesThrottled {
}
