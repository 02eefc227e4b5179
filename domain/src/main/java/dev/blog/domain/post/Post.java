package dev.blog.domain.post;

import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.VersionMismatchException;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Post aggregate. Immutable like User; a change that changes nothing returns the same instance, so
 * a no-op request leaves {@code updatedAt} alone and need not be written.
 *
 * @param id        assigned by the database, so {@code null} until the post has been stored
 * @param summary   the author's summary, or {@code null}
 * @param viewCount as loaded: the store counts views atomically, writing a post back never touches it
 * @param tags      sorted by name; equal names collapse into one
 * @param version   as loaded: the store counts every stored change, for optimistic concurrency (If-Match);
 *                  views are not changes of the post
 */
public record Post(PostId id, UserId authorId, Title title, Content content, Summary summary, boolean published,
                   long viewCount,
                   SortedSet<TagName> tags, Instant createdAt, Instant updatedAt, long version) {

    public static final int MAX_TAGS = 10;

    public Post {
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (viewCount < 0) {
            throw new IllegalArgumentException("viewCount must not be negative");
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt must not be before createdAt");
        }
        tags = tagSet(tags);
    }

    /** A new post, not viewed and not stored yet. */
    public static Post create(UserId authorId, Title title, Content content, Summary summary, boolean published,
                              Collection<TagName> tags, Instant now) {
        return new Post(null, authorId, title, content, summary, published, 0, tagSet(tags), now, now, 0);
    }

    public Post withId(PostId newId) {
        return new Post(Objects.requireNonNull(newId, "id"), authorId, title, content, summary, published, viewCount,
                tags, createdAt, updatedAt, version);
    }

    public Post retitle(Title newTitle, Instant now) {
        return newTitle.equals(title) ? this
                : new Post(id, authorId, newTitle, content, summary, published, viewCount, tags, createdAt, later(now), version);
    }

    public Post rewrite(Content newContent, Instant now) {
        return newContent.equals(content) ? this
                : new Post(id, authorId, title, newContent, summary, published, viewCount, tags, createdAt, later(now), version);
    }

    /** {@code null} removes the summary: lists then show an excerpt of the content. */
    public Post changeSummary(Summary newSummary, Instant now) {
        return Objects.equals(newSummary, summary) ? this
                : new Post(id, authorId, title, content, newSummary, published, viewCount, tags, createdAt, later(now), version);
    }

    public Post changePublished(boolean newPublished, Instant now) {
        return newPublished == published ? this
                : new Post(id, authorId, title, content, summary, newPublished, viewCount, tags, createdAt, later(now), version);
    }

    public Post replaceTags(Collection<TagName> newTags, Instant now) {
        SortedSet<TagName> replacement = tagSet(newTags);
        return replacement.equals(tags) ? this
                : new Post(id, authorId, title, content, summary, published, viewCount, replacement, createdAt, later(now), version);
    }

    /** Adding a tag the post already has changes nothing. */
    public Post addTag(TagName tag, Instant now) {
        if (tags.contains(tag)) {
            return this;
        }
        SortedSet<TagName> more = new TreeSet<>(tags);
        more.add(tag);
        return replaceTags(more, now);
    }

    /** Removing a tag the post does not have changes nothing. */
    public Post removeTag(TagName tag, Instant now) {
        if (!tags.contains(tag)) {
            return this;
        }
        SortedSet<TagName> fewer = new TreeSet<>(tags);
        fewer.remove(tag);
        return replaceTags(fewer, now);
    }

    /** {@code updatedAt} never moves backwards, even when the clock does (an NTP step, say). */
    private Instant later(Instant now) {
        return now.isBefore(updatedAt) ? updatedAt : now;
    }

    /** As the store has it after storing a change: only stores call this. */
    public Post withVersion(long storedVersion) {
        return new Post(id, authorId, title, content, summary, published, viewCount, tags, createdAt, updatedAt,
                storedVersion);
    }

    /**
     * For a change that names the version it was made on (If-Match).
     *
     * @throws VersionMismatchException when {@code expected} is present and not this post's version
     */
    public void requireVersion(Optional<Long> expected) {
        VersionMismatchException.check(expected, version);
    }

    public boolean isStored() {
        return id != null;
    }

    public PostId requireId() {
        if (id == null) {
            throw new IllegalStateException("post has not been stored yet");
        }
        return id;
    }

    private static SortedSet<TagName> tagSet(Collection<TagName> tags) {
        SortedSet<TagName> set = new TreeSet<>(Objects.requireNonNull(tags, "tags"));
        if (set.size() > MAX_TAGS) {
            throw new InvalidValueException("tags", "must have at most " + MAX_TAGS + " tags");
        }
        return Collections.unmodifiableSortedSet(set);
    }
}
