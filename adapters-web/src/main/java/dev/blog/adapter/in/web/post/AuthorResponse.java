package dev.blog.adapter.in.web.post;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The author as a post shows them: no e-mail address, nothing private. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuthorResponse(@Schema(example = "1") long id,
                             @Schema(example = "ada") String username,
                             @Schema(description = "null when the author gave none", example = "Ada Lovelace")
                             @Nullable String fullName,
                             @Schema(description = "null when the author gave none", example = "https://example.com/ada.png")
                             @Nullable String imageUrl) {
}
