package dev.blog.adapter.in.web.comment;

import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.adapter.in.web.problem.ProblemExamples;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the 404 of an operation on one comment: missing, or on a draft the caller may not see. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "404", description = "No such comment, or one on a draft of someone else",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NO_SUCH_COMMENT)))
public @interface CommentNotFound {
}
