package dev.blog.testsupport.post;

import dev.blog.domain.post.LikeState;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.port.PostLikes;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.user.InMemoryUserRepository;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link PostLikes} in memory. Like the database's foreign keys, a like goes with its post or its user: the
 * likes of a post that is gone, or by a user who is gone, are never counted.
 */
public final class InMemoryPostLikes implements PostLikes {

    private final Map<PostId, Set<UserId>> likers = new ConcurrentHashMap<>();
    private final InMemoryUserRepository users;
    private final InMemoryPostRepository posts;

    public InMemoryPostLikes(InMemoryUserRepository users, InMemoryPostRepository posts) {
        this.users = users;
        this.posts = posts;
    }

    @Override
    public synchronized Optional<LikeState> like(PostId post, UserId user, PostVisibility visibility) {
        return visible(post, visibility).map(found -> {
            likers.computeIfAbsent(post, id -> ConcurrentHashMap.newKeySet()).add(user);
            return stateOf(post, user);
        });
    }

    @Override
    public synchronized Optional<LikeState> unlike(PostId post, UserId user, PostVisibility visibility) {
        return visible(post, visibility).map(found -> {
            likers.getOrDefault(post, Set.of()).remove(user);
            return stateOf(post, user);
        });
    }

    /** The users who like {@code post}, as the post queries show them. */
    public Set<UserId> likersOf(PostId post) {
        return Set.copyOf(likers.getOrDefault(post, Set.of()).stream().filter(users::existsById).toList());
    }

    private Optional<Post> visible(PostId id, PostVisibility visibility) {
        return posts.findForUpdate(id).filter(post -> visibility.includes(post.authorId(), post.published()));
    }

    private LikeState stateOf(PostId post, UserId user) {
        Set<UserId> current = likersOf(post);
        return new LikeState(current.size(), current.contains(user));
    }
}
