package dev.blog.adapter.in.web.tag;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A tag with the number of posts carrying it, 0 when none does any more. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TagUsageResponse(@Schema(example = "3") long id,
                               @Schema(example = "java") String name,
                               @Schema(description = "How many published posts carry the tag", example = "12") long postCount) {
}
