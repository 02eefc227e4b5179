package dev.blog.adapter.in.realworld.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** The specification's error body: {@code {"errors": {"title": ["can't be blank"]}}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConduitErrorResponse(Map<String, List<String>> errors) {
}
