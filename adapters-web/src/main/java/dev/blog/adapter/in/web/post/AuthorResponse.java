package dev.blog.adapter.in.web.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The author as a post shows them: no e-mail address, nothing private. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuthorResponse(long id, String username, @Nullable String fullName) {
}
