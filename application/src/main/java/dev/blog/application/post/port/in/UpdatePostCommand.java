package dev.blog.application.post.port.in;

import dev.blog.application.shared.Patch;
import dev.blog.domain.access.Actor;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.Summary;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.Title;
import dev.blog.domain.tag.TagName;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A merge patch of a post: an empty Optional leaves the field unchanged. Present {@code tags} replace the
 * whole set; the summary may also be cleared.
 * {@code ifMatch}: the version the caller's change was made on (If-Match), empty to change whatever is current.
 */
public record UpdatePostCommand(Actor actor, PostId id, Optional<Title> title, Optional<Content> content, Patch<Summary> summary,
                                Optional<Boolean> published, Optional<List<TagName>> tags, Optional<Long> ifMatch) {

    public UpdatePostCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(ifMatch, "ifMatch");
        Objects.requireNonNull(published, "published");
        tags = Objects.requireNonNull(tags, "tags").map(List::copyOf);
    }
}
