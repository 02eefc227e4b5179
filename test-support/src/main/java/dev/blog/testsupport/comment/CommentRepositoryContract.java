package dev.blog.testsupport.comment;

import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.comment.CommentOnPost;
import dev.blog.domain.comment.CommentedPost;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.post.Posts.newPublishedPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@code CommentRepository} must do, the in-memory fake as much as the database adapter. */
public abstract class CommentRepositoryContract extends CommentStoresContract {

    private User alice;
    private User bob;
    private Post post;

    @BeforeEach
    void aPostAndAReader() {
        alice = createUser(newUser("alice", T0));
        bob = createUser(newUser("bob", T0));
        post = createPost(newPublishedPost(alice.requireId(), "Discussed", T0));
    }

    private long commentCount(PostId id) {
        return inTransaction(() -> queries().findById(id, Optional.empty())).orElseThrow().commentCount();
    }

    @Test
    void a_stored_comment_gets_an_id_and_can_be_loaded_with_what_its_post_decides() {
        Comment stored = comment(post, bob, "First!", T0.plusSeconds(1));

        assertThat(stored.id()).isNotNull();
        Optional<CommentOnPost> loaded = inTransaction(() -> comments().findForUpdate(stored.requireId()));
        assertThat(loaded).hasValueSatisfying(found -> {
            assertThat(found.comment()).isEqualTo(stored);
            assertThat(found.post()).isEqualTo(new CommentedPost(alice.requireId(), true));
        });
    }

    @Test
    void no_comment_on_a_post_that_does_not_exist_or_on_someone_elses_draft() {
        Post draft = createPost(newPost(alice.requireId(), "Draft", T0));
        Comment onDraft = Comment.create(draft.requireId(), bob.requireId(), new CommentBody("Hi"), T0);
        Comment onNothing = Comment.create(new PostId(987_654), bob.requireId(), new CommentBody("Hi"), T0);

        assertThat(inTransaction(() -> comments().create(onDraft, visibilityOf(bob)))).isEmpty();
        assertThat(inTransaction(() -> comments().create(onNothing, visibilityOf(bob)))).isEmpty();
        assertThat(inTransaction(() -> comments().create(onDraft, PostVisibility.everything()))).isPresent();
        assertThat(commentCount(draft.requireId())).isEqualTo(1);
    }

    @Test
    void a_comment_by_a_user_who_does_not_exist_is_refused() {
        Comment byNobody = Comment.create(post.requireId(), new UserId(987_654), new CommentBody("Hi"), T0);

        assertThatThrownBy(() -> inTransaction(() -> comments().create(byNobody, PostVisibility.everything())))
                .isInstanceOf(NotFoundException.class);
        assertThat(commentCount(post.requireId())).isZero();
    }

    @Test
    void an_update_replaces_the_body_and_counts_a_version() {
        Comment stored = comment(post, bob, "Frist", T0.plusSeconds(1));

        Comment changed = stored.rewrite(new CommentBody("First"), T0.plusSeconds(9));
        Comment updated = inTransaction(() -> comments().update(changed));

        assertThat(updated.version()).isEqualTo(stored.version() + 1);
        Comment reloaded = inTransaction(() -> comments().findForUpdate(stored.requireId())).orElseThrow().comment();
        assertThat(reloaded).isEqualTo(updated);
        assertThat(reloaded.body().value()).isEqualTo("First");
        assertThat(reloaded.updatedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(reloaded.createdAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void a_deleted_comment_is_gone_and_deleting_it_again_finds_nothing() {
        Comment stored = comment(post, bob, "Bye", T0.plusSeconds(1));

        assertThat(inTransaction(() -> comments().deleteById(stored.requireId()))).isTrue();
        assertThat(inTransaction(() -> comments().deleteById(stored.requireId()))).isFalse();
        assertThat(inTransaction(() -> comments().findForUpdate(stored.requireId()))).isEmpty();
        assertThat(inTransaction(() -> comments().findForUpdate(new CommentId(987_654)))).isEmpty();
        assertThat(commentCount(post.requireId())).isZero();
    }

    @Test
    void the_comment_count_of_a_post_follows_its_comments_in_details_and_lists() {
        comment(post, bob, "One", T0.plusSeconds(1));
        Comment two = comment(post, alice, "Two", T0.plusSeconds(2));
        comment(post, bob, "Three", T0.plusSeconds(3));
        inTransaction(() -> comments().deleteById(two.requireId()));

        assertThat(commentCount(post.requireId())).isEqualTo(2);
        assertThat(inTransaction(() -> queries().findPage(PostFilter.all().seenBy(Actor.anonymous()),
                new PageRequest(0, 10), Optional.empty())).items())
                .extracting(PostListItem::commentCount).containsExactly(2L);
    }

    @Test
    void comments_go_with_their_author() {
        Comment byBob = comment(post, bob, "Mine", T0.plusSeconds(1));
        comment(post, alice, "Hers", T0.plusSeconds(2));

        inTransaction(() -> users().deleteById(bob.requireId()));

        assertThat(inTransaction(() -> comments().findForUpdate(byBob.requireId()))).isEmpty();
        assertThat(commentCount(post.requireId())).isEqualTo(1);
    }

    @Test
    void comments_go_with_their_post() {
        Comment onPost = comment(post, bob, "Gone soon", T0.plusSeconds(1));

        inTransaction(() -> posts().deleteById(post.requireId()));

        assertThat(inTransaction(() -> comments().findForUpdate(onPost.requireId()))).isEmpty();
    }
}
