package dev.blog.adapter.in.web.post;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.web.Timestamps;
import dev.blog.adapter.in.web.tag.TagResponse;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A post with its author and its tags, sorted by name; {@code tags} is {@code []}, never absent, when empty. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PostResponse(long id,
                           String title,
                           String content,
                           boolean published,
                           long viewCount,
                           @JsonFormat(pattern = Timestamps.PATTERN, timezone = Timestamps.ZONE) Instant createdAt,
                           @JsonFormat(pattern = Timestamps.PATTERN, timezone = Timestamps.ZONE) Instant updatedAt,
                           AuthorResponse author,
                           List<TagResponse> tags) {
}
