package dev.blog.testsupport.post;

import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.Slug;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.tag.InMemoryTagRepository;
import dev.blog.testsupport.user.InMemoryUserRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link PostRepository} in memory; like the database it needs the author to exist, creates new tags and
 * loses a user's posts with the user.
 */
public final class InMemoryPostRepository implements PostRepository {

    private final Map<Long, Post> posts = new ConcurrentHashMap<>();
    private final Map<Long, Slug> slugs = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final InMemoryUserRepository users;
    private final InMemoryTagRepository tags;

    public InMemoryPostRepository(InMemoryUserRepository users, InMemoryTagRepository tags) {
        this.users = users;
        this.tags = tags;
        users.cascadeDeletionTo(this::deleteByAuthor);
    }

    @Override
    public synchronized Post create(Post post) {
        if (post.isStored()) {
            throw new IllegalArgumentException("a new post has no id yet");
        }
        if (!users.existsById(post.authorId())) {
            throw new NotFoundException("User", post.authorId());
        }
        Post stored = post.withId(new PostId(sequence.incrementAndGet()));
        posts.put(stored.requireId().value(), stored);
        claimSlug(stored);
        tags.link(stored.requireId(), stored.tags(), stored.published());
        return stored;
    }

    @Override
    public synchronized Post update(Post post) {
        Post current = Optional.ofNullable(posts.get(post.requireId().value()))
                .orElseThrow(() -> new IllegalStateException("post " + post.id() + " is not stored"));
        Post stored = new Post(post.id(), post.authorId(), post.title(), post.content(), post.summary(),
                post.published(), current.viewCount(), post.tags(), post.createdAt(), post.updatedAt(),
                current.version() + 1);
        posts.put(stored.requireId().value(), stored);
        claimSlug(stored);
        tags.link(stored.requireId(), stored.tags(), stored.published());
        return stored;
    }

    /** As claim_post_slug does in the database: keep a slug the title still gives, else the first free one. */
    private void claimSlug(Post post) {
        Slug wanted = Slug.fromTitle(post.title());
        Slug current = slugs.get(post.requireId().value());
        if (current != null && (current.equals(wanted) || current.value().matches(wanted.value() + "-[0-9]{1,9}"))) {
            return;
        }
        Slug candidate = wanted;
        for (int n = 2; slugs.containsValue(candidate); n++) {
            candidate = wanted.withSuffix(n);
        }
        slugs.put(post.requireId().value(), candidate);
    }

    /** The slug of a stored post, as the post queries show it. */
    public Slug slugOf(PostId id) {
        return slugs.get(id.value());
    }

    @Override
    public Optional<Post> findForUpdate(PostId id) {
        return Optional.ofNullable(posts.get(id.value()));
    }

    @Override
    public synchronized boolean deleteById(PostId id) {
        tags.unlink(id);
        slugs.remove(id.value());
        return posts.remove(id.value()) != null;
    }

    private synchronized void deleteByAuthor(UserId author) {
        all().stream().filter(post -> post.authorId().equals(author)).forEach(post -> deleteById(post.requireId()));
    }

    @Override
    public synchronized OptionalLong incrementViewCount(PostId id, PostVisibility visibility) {
        Post post = posts.get(id.value());
        if (post == null || !visibility.includes(post.authorId(), post.published())) {
            return OptionalLong.empty();
        }
        Post viewed = new Post(post.id(), post.authorId(), post.title(), post.content(), post.summary(),
                post.published(), post.viewCount() + 1, post.tags(), post.createdAt(), post.updatedAt(),
                post.version());
        posts.put(id.value(), viewed);
        return OptionalLong.of(viewed.viewCount());
    }

    /** Every stored post, in no particular order. */
    public List<Post> all() {
        return List.copyOf(posts.values());
    }
}
