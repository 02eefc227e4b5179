package dev.blog.adapter.in.web.tag;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A tag as it appears on a post. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TagResponse(@Schema(example = "3") long id, @Schema(example = "java") String name) {
}
