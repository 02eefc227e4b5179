package dev.blog.testsupport.post;

import dev.blog.domain.post.Content;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.Title;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;

import java.time.Instant;
import java.util.Arrays;

/** Valid posts for tests. */
public final class Posts {

    private Posts() {
    }

    public static Post newPost(UserId author, String title, Instant createdAt, String... tags) {
        return Post.create(author, new Title(title), new Content("Content of " + title), null, false,
                Arrays.stream(tags).map(TagName::of).toList(), createdAt);
    }

    /** As {@link #newPost}, but published: only published posts count in a tag's post count. */
    public static Post newPublishedPost(UserId author, String title, Instant createdAt, String... tags) {
        return newPost(author, title, createdAt, tags).changePublished(true, createdAt);
    }
}
