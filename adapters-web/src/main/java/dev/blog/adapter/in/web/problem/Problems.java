package dev.blog.adapter.in.web.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** Builds problem responses, so every error of the API has the same shape and media type. */
public final class Problems {

    private Problems() {
    }

    public static MutableHttpResponse<Problem> response(HttpStatus status, String detail) {
        return response(Problem.of(status.getCode(), status.getReason(), detail));
    }

    public static MutableHttpResponse<Problem> invalid(List<Problem.FieldError> errors) {
        return response(Problem.invalid(errors));
    }

    public static MutableHttpResponse<Problem> response(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .body(problem)
                .contentType(Problem.MEDIA_TYPE);
    }
}
