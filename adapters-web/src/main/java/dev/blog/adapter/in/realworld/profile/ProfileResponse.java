package dev.blog.adapter.in.realworld.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"profile": {...}}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ProfileResponse(Profile profile) {
}
