package dev.blog.domain.comment;

import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.VersionMismatchException;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final UserId READER = new UserId(2);
    private static final PostId POST = new PostId(7);

    private static Comment stored(String body) {
        return Comment.create(POST, READER, new CommentBody(body), T0).withId(new CommentId(11)).withVersion(3);
    }

    @Test
    void a_body_has_1_to_5000_characters_and_not_only_blanks() {
        assertThat(new CommentBody("x").value()).isEqualTo("x");
        assertThat(new CommentBody("\uD83D\uDE00".repeat(5000)).value()).as("characters, not UTF-16 units")
                .hasSize(10_000);
        assertThatThrownBy(() -> new CommentBody("")).isInstanceOf(InvalidValueException.class)
                .hasMessage("must be between 1 and 5000 characters");
        assertThatThrownBy(() -> new CommentBody("x".repeat(5001))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CommentBody(" \n\t")).isInstanceOf(InvalidValueException.class)
                .hasMessage("must not be blank");
        assertThatThrownBy(() -> new CommentBody("a\u0000b")).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("body"));
    }

    @Test
    void a_new_comment_is_unstored_and_unchanged() {
        Comment comment = Comment.create(POST, READER, new CommentBody("Nice"), T0);
        assertThat(comment.id()).isNull();
        assertThat(comment.createdAt()).isEqualTo(comment.updatedAt()).isEqualTo(T0);
        assertThat(comment.version()).isZero();
        assertThatThrownBy(comment::requireId).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rewriting_with_the_same_body_changes_nothing() {
        Comment comment = stored("Nice");
        assertThat(comment.rewrite(new CommentBody("Nice"), T0.plusSeconds(5))).isSameAs(comment);
    }

    @Test
    void rewriting_moves_updated_at_but_never_backwards() {
        Comment comment = stored("Nice");
        Comment later = comment.rewrite(new CommentBody("Very nice"), T0.plusSeconds(5));
        assertThat(later.body().value()).isEqualTo("Very nice");
        assertThat(later.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(later.createdAt()).isEqualTo(T0);
        assertThat(later.id()).isEqualTo(comment.id());
        assertThat(later.rewrite(new CommentBody("Back"), T0).updatedAt()).as("a clock stepping back")
                .isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void a_change_on_an_old_version_is_refused() {
        Comment comment = stored("Nice");
        assertThatCode(() -> comment.requireVersion(Optional.empty())).doesNotThrowAnyException();
        assertThatCode(() -> comment.requireVersion(Optional.of(3L))).doesNotThrowAnyException();
        assertThatThrownBy(() -> comment.requireVersion(Optional.of(2L)))
                .isInstanceOf(VersionMismatchException.class);
    }

    @Test
    void the_comments_of_a_draft_are_as_hidden_as_the_draft() {
        UserId author = new UserId(1);
        CommentedPost draft = new CommentedPost(author, false);
        assertThat(draft.visibleTo(PostVisibility.of(Actor.anonymous()))).isFalse();
        assertThat(draft.visibleTo(PostVisibility.of(Actor.user(READER, Role.USER)))).isFalse();
        assertThat(draft.visibleTo(PostVisibility.of(Actor.user(author, Role.USER)))).isTrue();
        assertThat(draft.visibleTo(PostVisibility.of(Actor.user(new UserId(9), Role.ADMIN)))).isTrue();
        assertThat(new CommentedPost(author, true).visibleTo(PostVisibility.of(Actor.anonymous()))).isTrue();
    }
}
