package dev.blog.adapter.in.web.problem;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} appears only on validation failures, one entry a field.
 * Every text in it is written for clients: never an exception message, class name or SQL.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An RFC 9457 problem: what went wrong, for people and for programs")
public record Problem(@Schema(description = "A URI naming the kind of problem", example = "about:blank") String type,
                      @Schema(description = "The status's reason phrase", example = "Bad Request") String title,
                      @Schema(description = "The HTTP status", example = "400") int status,
                      @Schema(description = "What went wrong with this request",
                              example = "Invalid value for 'title': must not be blank") String detail,
                      @Schema(description = "Only on invalid input: one entry per invalid field")
                      @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String NO_TYPE = "about:blank";

    public static Problem of(int status, String title, String detail) {
        return new Problem(NO_TYPE, title, status, detail, null);
    }

    /** A 400 listing the invalid fields; the detail sums them up. */
    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "Invalid value for '" + errors.get(0).field() + "': " + errors.get(0).message()
                : "The request has " + errors.size() + " invalid values";
        return new Problem(NO_TYPE, "Bad Request", 400, detail, List.copyOf(errors));
    }

    public static Problem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    @Serdeable
    @Schema(description = "An invalid field of the request and what is wrong with it")
    public record FieldError(@Schema(description = "The field's name in the request", example = "title") String field,
                             @Schema(example = "must not be blank") String message) {
    }
}
