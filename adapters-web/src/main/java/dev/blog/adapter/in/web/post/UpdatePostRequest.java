package dev.blog.adapter.in.web.post;

import dev.blog.domain.post.Content;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.Title;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code PATCH /api/posts/{id}}, a JSON merge patch (RFC 7396). The setters record which
 * fields the client sent, because an absent field means "unchanged" while an explicit {@code null} is
 * invalid for every field of a post.
 */
@Serdeable
public final class UpdatePostRequest {

    private final Set<String> sent = new HashSet<>();

    @Size(min = 1, max = Title.MAX_LENGTH)
    private String title;
    @Size(min = 1, max = Content.MAX_LENGTH)
    private String content;
    private Boolean published;
    @Size(max = Post.MAX_TAGS)
    private List<String> tags;

    boolean sent(String field) {
        return sent.contains(field);
    }

    @Nullable
    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
        sent.add("title");
    }

    @Nullable
    public String getContent() {
        return content;
    }

    public void setContent(@Nullable String content) {
        this.content = content;
        sent.add("content");
    }

    @Nullable
    public Boolean getPublished() {
        return published;
    }

    public void setPublished(@Nullable Boolean published) {
        this.published = published;
        sent.add("published");
    }

    @Nullable
    public List<String> getTags() {
        return tags;
    }

    public void setTags(@Nullable List<String> tags) {
        this.tags = tags;
        sent.add("tags");
    }

    @Override
    public String toString() {
        return "UpdatePostRequest" + sent;
    }
}
