package dev.blog.adapter.in.web.tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A tag with the number of posts carrying it, 0 when none does any more. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TagUsageResponse(long id, String name, long postCount) {
}
