package dev.blog.adapter.in.web.post;

import dev.blog.adapter.in.web.validation.Characters;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.Summary;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.Title;
import dev.blog.domain.tag.TagName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code PATCH /api/posts/{id}}, a JSON merge patch (RFC 7396). The setters record which
 * fields the client sent, because an absent field means "unchanged" while an explicit {@code null}
 * removes the summary and is invalid for every other field of a post.
 */
@Serdeable
@Schema(description = """
        A JSON merge patch (RFC 7396) of a post, sent as application/merge-patch+json or application/json. \
        An absent field stays unchanged; `null` removes the summary and is invalid for every other field. `tags` replaces the whole set \
        of tags (`[]` removes them all).""")
public final class UpdatePostRequest {

    private final Set<String> sent = new HashSet<>();

    // nullable = false: the getters answer null for an absent field, which would otherwise document null
    // as a valid value, and the contract makes it a 400.
    @Schema(description = "Not blank; null is invalid", example = "Hello again", nullable = false, minLength = 1,
            maxLength = Title.MAX_LENGTH)
    @Characters(min = 1, max = Title.MAX_LENGTH)
    private String title;
    @Schema(description = "Not blank; null is invalid", example = "The post, rewritten.", nullable = false,
            minLength = 1, maxLength = Content.MAX_LENGTH)
    @Characters(min = 1, max = Content.MAX_LENGTH)
    private String content;
    @Schema(description = "Shown in lists instead of an excerpt; not blank; null removes it",
            example = "Why Micronaut wires beans at compile time.", nullable = true, minLength = 1,
            maxLength = Summary.MAX_LENGTH)
    @Characters(min = 1, max = Summary.MAX_LENGTH)
    private String summary;
    @Schema(description = "true publishes the post, false makes it a draft; null is invalid", example = "true",
            nullable = false)
    private Boolean published;
    @Schema(description = "The post's new tags, replacing all it had; null is invalid", nullable = false)
    @ArraySchema(maxItems = Post.MAX_TAGS, arraySchema = @Schema(example = "[\"java\", \"postgresql\"]"),
            schema = @Schema(example = "java", description = AddTagRequest.TAG_NAME_RULES, minLength = 1, maxLength = TagName.MAX_LENGTH))
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
    public String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
        sent.add("summary");
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
