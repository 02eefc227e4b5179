package dev.blog.adapter.in.web.tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A tag as it appears on a post. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TagResponse(long id, String name) {
}
