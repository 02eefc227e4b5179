package dev.blog.adapter.in.web.tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TagUsageResponse(long id, String name, long postCount) {
}
