package dev.blog.adapter.out.persistence.post;

import dev.blog.domain.post.LikeState;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.port.PostLikes;
import dev.blog.domain.user.UserId;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Likes in PostgreSQL: one statement to change, one to read the state it left. Callers run it in a transaction. */
@Singleton
final class PostLikesPersistenceAdapter implements PostLikes {

    private final PostLikeRepository rows;

    PostLikesPersistenceAdapter(PostLikeRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<LikeState> like(PostId post, UserId user, PostVisibility visibility) {
        rows.like(post.value(), user.value(), visibility.allDrafts(), draftsOf(visibility));
        return stateOf(post, user, visibility);
    }

    @Override
    public Optional<LikeState> unlike(PostId post, UserId user, PostVisibility visibility) {
        rows.unlike(post.value(), user.value(), visibility.allDrafts(), draftsOf(visibility));
        return stateOf(post, user, visibility);
    }

    private Optional<LikeState> stateOf(PostId post, UserId user, PostVisibility visibility) {
        return rows.findState(post.value(), user.value(), visibility.allDrafts(), draftsOf(visibility))
                .map(row -> new LikeState(row.likeCount(), row.likedByMe()));
    }

    private static Long draftsOf(PostVisibility visibility) {
        return visibility.draftsOf().map(UserId::value).orElse(null);
    }
}
