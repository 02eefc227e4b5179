package dev.blog.adapter.in.web.post;

import dev.blog.domain.tag.TagName;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/posts/{id}/tags}; the name is normalised and checked by the domain. */
@Serdeable
@Schema(description = "The tag to add to the post")
public record AddTagRequest(@Schema(description = AddTagRequest.TAG_NAME_RULES, example = "java",
                                    minLength = 1, maxLength = TagName.MAX_LENGTH)
                            @NotNull String name) {

    /** How the API treats a tag name, for every place that takes one. */
    public static final String TAG_NAME_RULES = "Trimmed and lower-cased before use, then 1.." + TagName.MAX_LENGTH
            + " characters without control characters, so \" Java \" and \"java\" are the same tag";
}
