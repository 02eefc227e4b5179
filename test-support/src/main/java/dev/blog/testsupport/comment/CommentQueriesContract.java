package dev.blog.testsupport.comment;

import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.post.Posts.newPublishedPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@code CommentQueries} must do, the in-memory fake as much as the database adapter. */
public abstract class CommentQueriesContract extends CommentStoresContract {

    private static final PostVisibility ANONYMOUS = PostVisibility.of(dev.blog.domain.access.Actor.anonymous());

    private User alice;
    private User bob;
    private Post post;

    @BeforeEach
    void aPostAndAReader() {
        alice = createUser(newUser("alice", T0));
        bob = createUser(newUser("bob", T0));
        post = createPost(newPublishedPost(alice.requireId(), "Discussed", T0));
    }

    private Optional<Page<CommentDetails>> page(PostId id, PostVisibility visibility, PageRequest request) {
        return inTransaction(() -> commentQueries().findPage(id, visibility, request));
    }

    private static java.util.List<String> bodies(Page<CommentDetails> page) {
        return page.items().stream().map(comment -> comment.body().value()).toList();
    }

    @Test
    void a_comment_is_shown_with_its_author_and_version() {
        Comment stored = comment(post, bob, "Nice post", T0.plusSeconds(1));

        Optional<CommentDetails> found = inTransaction(() -> commentQueries().findById(stored.requireId(), ANONYMOUS));

        assertThat(found).hasValueSatisfying(details -> {
            assertThat(details.id()).isEqualTo(stored.id());
            assertThat(details.postId()).isEqualTo(post.id());
            assertThat(details.body().value()).isEqualTo("Nice post");
            assertThat(details.author().id()).isEqualTo(bob.id());
            assertThat(details.author().username()).isEqualTo(bob.username());
            assertThat(details.createdAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(details.updatedAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(details.version()).isEqualTo(stored.version());
        });
        assertThat(inTransaction(() -> commentQueries().findById(new CommentId(987_654), ANONYMOUS))).isEmpty();
    }

    @Test
    void the_comments_of_a_draft_are_hidden_from_everyone_who_may_not_see_the_draft() {
        Post draft = createPost(newPost(alice.requireId(), "Draft", T0));
        Comment onDraft = comment(draft, alice, "Note to self", T0.plusSeconds(1));

        assertThat(inTransaction(() -> commentQueries().findById(onDraft.requireId(), visibilityOf(bob)))).isEmpty();
        assertThat(inTransaction(() -> commentQueries().findById(onDraft.requireId(), ANONYMOUS))).isEmpty();
        assertThat(inTransaction(() -> commentQueries().findById(onDraft.requireId(), visibilityOf(alice))))
                .isPresent();
        assertThat(page(draft.requireId(), visibilityOf(bob), new PageRequest(0, 10))).isEmpty();
        assertThat(page(draft.requireId(), PostVisibility.everything(), new PageRequest(0, 10)))
                .hasValueSatisfying(comments -> assertThat(bodies(comments)).containsExactly("Note to self"));
    }

    @Test
    void a_post_that_does_not_exist_has_no_page_and_one_without_comments_an_empty_one() {
        assertThat(page(new PostId(987_654), ANONYMOUS, new PageRequest(0, 10))).isEmpty();
        assertThat(page(post.requireId(), ANONYMOUS, new PageRequest(0, 10))).hasValueSatisfying(comments -> {
            assertThat(comments.items()).isEmpty();
            assertThat(comments.total()).isZero();
            assertThat(comments.next()).isEmpty();
        });
    }

    @Test
    void comments_are_listed_oldest_first_and_only_those_of_the_post() {
        Post other = createPost(newPublishedPost(alice.requireId(), "Other", T0));
        comment(post, bob, "second", T0.plusSeconds(2));
        comment(post, alice, "first", T0.plusSeconds(1));
        comment(other, bob, "elsewhere", T0.plusSeconds(1));
        comment(post, bob, "third, same time as second", T0.plusSeconds(2));

        Page<CommentDetails> comments = page(post.requireId(), ANONYMOUS, new PageRequest(0, 10)).orElseThrow();

        assertThat(bodies(comments)).containsExactly("first", "second", "third, same time as second");
        assertThat(comments.total()).isEqualTo(3);
        assertThat(comments.offset()).contains(0);
    }

    @Test
    void a_keyset_page_continues_where_the_previous_one_ended_and_an_offset_page_skips() {
        for (int i = 1; i <= 5; i++) {
            comment(post, i % 2 == 0 ? alice : bob, "c" + i, T0.plusSeconds(i / 2));
        }

        Page<CommentDetails> first = page(post.requireId(), ANONYMOUS, new PageRequest(0, 2)).orElseThrow();
        Page<CommentDetails> second = page(post.requireId(), ANONYMOUS,
                PageRequest.after(first.next().orElseThrow(), 2)).orElseThrow();
        Page<CommentDetails> last = page(post.requireId(), ANONYMOUS,
                PageRequest.after(second.next().orElseThrow(), 2)).orElseThrow();
        Page<CommentDetails> skipped = page(post.requireId(), ANONYMOUS, new PageRequest(3, 2)).orElseThrow();

        assertThat(bodies(first)).containsExactly("c1", "c2");
        assertThat(bodies(second)).containsExactly("c3", "c4");
        assertThat(second.offset()).isEmpty();
        assertThat(bodies(last)).containsExactly("c5");
        assertThat(last.next()).isEmpty();
        assertThat(bodies(skipped)).containsExactly("c4", "c5");
        assertThat(skipped.total()).isEqualTo(5);
    }
}
