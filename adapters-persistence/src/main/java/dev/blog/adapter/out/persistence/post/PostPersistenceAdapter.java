package dev.blog.adapter.out.persistence.post;

import dev.blog.adapter.out.persistence.SqlErrorTranslator;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.Slug;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;
import dev.blog.domain.tag.port.TagRepository;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Posts and their tag links on PostgreSQL. The links in {@code post_tags} are written here explicitly, as
 * a diff against the post's tag set, rather than left to an ORM cascade. Callers run it inside a
 * transaction (the Transactions port).
 */
@Singleton
final class PostPersistenceAdapter implements PostRepository {

    private final PostRowRepository rows;
    private final PostRowMapper mapper;
    private final TagRepository tags;

    PostPersistenceAdapter(PostRowRepository rows, PostRowMapper mapper, TagRepository tags) {
        this.rows = rows;
        this.mapper = mapper;
        this.tags = tags;
    }

    @Override
    public Post create(Post post) {
        if (post.isStored()) {
            throw new IllegalArgumentException("a new post has no id yet");
        }
        // The foreign key decides, so an author deleted concurrently is a 404 too, not a failure.
        SqlErrorTranslator unknownAuthor = new SqlErrorTranslator(Map.of(
                "posts_author_fk", () -> new NotFoundException("User", post.authorId())));
        PostRow stored = unknownAuthor.translate(() -> rows.save(mapper.toRow(post)));
        PostId id = new PostId(stored.id());
        rows.claimSlug(id.value(), Slug.fromTitle(post.title()).value());
        rows.linkTags(id.value(), tagIds(post.tags()));
        return post.withId(id);
    }

    @Override
    public Post update(Post post) {
        long id = post.requireId().value();
        Long[] tagIds = tagIds(post.tags());
        rows.lockCountedTags(id, tagIds);
        int updated = rows.updateAllButViewCount(id, post.title().value(), post.content().value(),
                post.summary() == null ? null : post.summary().value(), post.published(), post.updatedAt());
        if (updated == 0) {
            throw new IllegalStateException("post " + post.id() + " is not stored");
        }
        rows.claimSlug(id, Slug.fromTitle(post.title()).value());
        rows.unlinkTagsOtherThan(id, tagIds);
        rows.linkTags(id, tagIds);
        return post.withVersion(post.version() + 1);
    }

    @Override
    public Optional<Post> findForUpdate(PostId id) {
        return rows.findByIdForUpdate(id.value())
                .map(row -> mapper.toPost(row, rows.findTagNames(id.value())));
    }

    @Override
    public boolean deleteById(PostId id) {
        return rows.deleteById(id.value()) > 0;
    }

    @Override
    public OptionalLong incrementViewCount(PostId id, PostVisibility visibility) {
        // The increment keeps the row locked, so the count read next is this view's, not a later one's.
        int counted = rows.incrementViewCount(id.value(), visibility.allDrafts(),
                visibility.draftsOf().map(UserId::value).orElse(null));
        return counted == 0 ? OptionalLong.empty()
                : OptionalLong.of(rows.findViewCount(id.value()));
    }

    private Long[] tagIds(Set<TagName> names) {
        return tags.getOrCreate(names).stream().map(tag -> tag.id().value()).toArray(Long[]::new);
    }
}
