package dev.blog.testsupport.post;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.LikeState;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.port.PostLikes;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.StoresContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.post.Posts.newPublishedPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What every {@code PostLikes} must do, the in-memory fake as much as the database adapter. */
public abstract class PostLikesContract extends StoresContract {


    private User alice;
    private User bob;
    private Post post;

    @BeforeEach
    void aPostAndTwoReaders() {
        alice = createUser(newUser("alice", T0));
        bob = createUser(newUser("bob", T0));
        post = createPost(newPublishedPost(alice.requireId(), "Liked", T0));
    }

    private Optional<LikeState> like(PostId id, User user) {
        return inTransaction(() -> likes().like(id, user.requireId(), PostVisibility.of(actor(user))));
    }

    private Optional<LikeState> unlike(PostId id, User user) {
        return inTransaction(() -> likes().unlike(id, user.requireId(), PostVisibility.of(actor(user))));
    }

    private static Actor actor(User user) {
        return Actor.user(user.requireId(), Role.USER);
    }

    private long likeCount(PostId id, User viewer) {
        return inTransaction(() -> queries().findById(id, Optional.of(viewer.requireId()))).orElseThrow().likeCount();
    }

    @Test
    void a_like_counts_once_however_often_it_is_given() {
        assertThat(like(post.requireId(), bob)).contains(new LikeState(1, true));
        assertThat(like(post.requireId(), bob)).contains(new LikeState(1, true));
        assertThat(like(post.requireId(), alice)).contains(new LikeState(2, true));
        assertThat(likeCount(post.requireId(), bob)).isEqualTo(2);
    }

    @Test
    void unliking_takes_the_like_back_and_unliking_again_changes_nothing() {
        like(post.requireId(), bob);
        like(post.requireId(), alice);

        assertThat(unlike(post.requireId(), bob)).contains(new LikeState(1, false));
        assertThat(unlike(post.requireId(), bob)).contains(new LikeState(1, false));
        assertThat(unlike(post.requireId(), bob)).isPresent();
        assertThat(likeCount(post.requireId(), alice)).isEqualTo(1);
    }

    @Test
    void a_post_that_does_not_exist_or_is_someone_elses_draft_cannot_be_liked() {
        Post draft = createPost(newPost(alice.requireId(), "Draft", T0));

        assertThat(like(new PostId(987_654), bob)).isEmpty();
        assertThat(like(draft.requireId(), bob)).isEmpty();
        assertThat(unlike(draft.requireId(), bob)).isEmpty();
        assertThat(like(draft.requireId(), alice)).contains(new LikeState(1, true));
    }

    @Test
    void the_likes_of_a_deleted_user_stop_counting() {
        like(post.requireId(), bob);
        like(post.requireId(), alice);

        inTransaction(() -> users().deleteById(bob.requireId()));

        assertThat(likeCount(post.requireId(), alice)).isEqualTo(1);
    }

    @Test
    void liked_by_me_is_the_viewers_own() {
        like(post.requireId(), bob);

        assertThat(inTransaction(() -> queries().findById(post.requireId(), Optional.of(bob.requireId())))
                .orElseThrow().likedByMe()).isTrue();
        assertThat(inTransaction(() -> queries().findById(post.requireId(), Optional.of(alice.requireId())))
                .orElseThrow().likedByMe()).isFalse();
        assertThat(inTransaction(() -> queries().findById(post.requireId(), Optional.<UserId>empty())))
                .hasValueSatisfying(details -> assertThat(details.likedByMe()).isFalse());
    }

    @Test
    void the_posts_a_user_likes_are_listed_newest_post_first_as_far_as_the_viewer_may_see_them() {
        Post older = createPost(newPublishedPost(alice.requireId(), "Older", T0.minusSeconds(60)));
        Post draft = createPost(newPost(alice.requireId(), "Draft", T0.plusSeconds(60)));
        createPost(newPublishedPost(alice.requireId(), "Not liked", T0.plusSeconds(30)));
        like(older.requireId(), alice);
        like(post.requireId(), alice);
        like(draft.requireId(), alice);
        like(post.requireId(), bob);

        PageRequest page = new PageRequest(0, 10);
        Page<PostListItem> seenByAlice = inTransaction(() -> queries().findPage(
                PostFilter.likedBy(alice.requireId()).seenBy(actor(alice)), page, Optional.of(alice.requireId())));
        Page<PostListItem> seenByBob = inTransaction(() -> queries().findPage(
                PostFilter.likedBy(alice.requireId()).seenBy(actor(bob)), page, Optional.of(bob.requireId())));

        assertThat(seenByAlice.items()).extracting(item -> item.title().value()).containsExactly("Draft", "Liked", "Older");
        assertThat(seenByAlice.total()).isEqualTo(3);
        assertThat(seenByBob.items()).extracting(item -> item.title().value()).containsExactly("Liked", "Older");
        assertThat(seenByBob.items()).extracting(PostListItem::likeCount, PostListItem::likedByMe)
                .containsExactly(tuple(2L, true), tuple(1L, false));
        assertThat(seenByBob.total()).isEqualTo(2);
    }
}
