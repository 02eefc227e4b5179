package dev.blog.application.comment.service;

import dev.blog.application.comment.port.in.AddCommentCommand;
import dev.blog.application.comment.port.in.DeleteCommentCommand;
import dev.blog.application.comment.port.in.GetCommentQuery;
import dev.blog.application.comment.port.in.ListPostCommentsQuery;
import dev.blog.application.comment.port.in.UpdateCommentCommand;
import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.shared.MutableClock;
import dev.blog.domain.access.AccessDeniedException;
import dev.blog.domain.access.Actor;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.VersionMismatchException;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.testsupport.InMemoryStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.post.Posts.newPublishedPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentServicesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryStores stores = InMemoryStores.create();
    private final CountingTransactions transactions = new CountingTransactions();
    private final MutableClock clock = new MutableClock(T0);
    private final AddCommentService add = new AddCommentService(stores.comments(), stores.commentQueries(),
            transactions, clock);
    private final GetCommentService get = new GetCommentService(stores.commentQueries(), transactions);
    private final ListPostCommentsService list = new ListPostCommentsService(stores.commentQueries(), transactions);
    private final UpdateCommentService update = new UpdateCommentService(stores.comments(), stores.commentQueries(),
            transactions, clock);
    private final DeleteCommentService delete = new DeleteCommentService(stores.comments(), transactions);

    private Actor author;
    private Actor reader;
    private Actor stranger;
    private Actor admin;
    private Post post;
    private Post draft;

    @BeforeEach
    void aPostItsAuthorAndOthers() {
        User authorUser = stores.users().create(newUser("author", T0));
        author = Actor.user(authorUser.requireId(), Role.USER);
        reader = Actor.user(stores.users().create(newUser("reader", T0)).requireId(), Role.USER);
        stranger = Actor.user(stores.users().create(newUser("stranger", T0)).requireId(), Role.USER);
        admin = Actor.user(stores.users().create(newUser("admin", T0)).requireId(), Role.ADMIN);
        post = stores.posts().create(newPublishedPost(authorUser.requireId(), "Open", T0));
        draft = stores.posts().create(newPost(authorUser.requireId(), "Draft", T0));
    }

    private CommentDetails comment(Actor actor, Post on, String body) {
        return add.add(new AddCommentCommand(actor, on.requireId(), new CommentBody(body)));
    }

    @Test
    void a_comment_is_stored_by_its_caller_and_answered_as_stored_in_one_transaction() {
        clock.advance(java.time.Duration.ofSeconds(5));

        CommentDetails added = comment(reader, post, "Nice");

        assertThat(added.author().id()).isEqualTo(reader.userId().orElseThrow());
        assertThat(added.postId()).isEqualTo(post.id());
        assertThat(added.body().value()).isEqualTo("Nice");
        assertThat(added.createdAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(transactions.readWrite()).isEqualTo(1);
        assertThat(get.get(new GetCommentQuery(Actor.anonymous(), added.id()))).isEqualTo(added);
        assertThat(stores.queries().findById(post.requireId(), Optional.empty()).orElseThrow().commentCount())
                .isEqualTo(1);
    }

    @Test
    void anonymous_callers_cannot_comment_and_nobody_comments_on_what_they_cannot_see() {
        assertThatThrownBy(() -> comment(Actor.anonymous(), post, "Hi"))
                .isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> comment(reader, draft, "Hi")).isInstanceOf(NotFoundException.class)
                .hasMessage("Post " + draft.id() + " does not exist");
        assertThatThrownBy(() -> add.add(new AddCommentCommand(reader, new PostId(987_654), new CommentBody("Hi"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(comment(author, draft, "Note to self").body().value()).isEqualTo("Note to self");
    }

    @Test
    void the_comments_of_a_draft_are_out_of_reach_for_others() {
        CommentDetails note = comment(author, draft, "Note to self");

        assertThatThrownBy(() -> get.get(new GetCommentQuery(reader, note.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> list.list(new ListPostCommentsQuery(reader, draft.requireId(), new PageRequest(0, 5))))
                .isInstanceOf(NotFoundException.class).hasMessage("Post " + draft.id() + " does not exist");
        assertThatThrownBy(() -> delete.delete(new DeleteCommentCommand(reader, note.id(), Optional.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThat(get.get(new GetCommentQuery(admin, note.id()))).isEqualTo(note);
    }

    @Test
    void a_posts_comments_are_listed_oldest_first() {
        comment(reader, post, "first");
        clock.advance(java.time.Duration.ofSeconds(1));
        comment(author, post, "second");

        Page<CommentDetails> page = list.list(new ListPostCommentsQuery(Actor.anonymous(), post.requireId(),
                new PageRequest(0, 5)));

        assertThat(page.items()).extracting(comment -> comment.body().value()).containsExactly("first", "second");
        assertThat(transactions.readOnly()).isEqualTo(1);
    }

    @Test
    void only_the_comments_author_or_an_admin_may_change_its_words() {
        CommentDetails added = comment(reader, post, "Frist");
        clock.advance(java.time.Duration.ofSeconds(9));

        assertThatThrownBy(() -> update.update(change(author, added.id(), "Hijacked")))
                .as("not even the post's author").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> update.update(change(Actor.anonymous(), added.id(), "x")))
                .isInstanceOf(AuthenticationRequiredException.class);
        CommentDetails changed = update.update(change(reader, added.id(), "First"));
        assertThat(changed.body().value()).isEqualTo("First");
        assertThat(changed.updatedAt()).isEqualTo(clock.instant());
        assertThat(changed.version()).isEqualTo(added.version() + 1);
        assertThat(update.update(change(admin, added.id(), "First (moderated)")).body().value())
                .isEqualTo("First (moderated)");
    }

    @Test
    void a_patch_without_changes_writes_nothing_and_a_stale_if_match_is_refused() {
        CommentDetails added = comment(reader, post, "Same");

        CommentDetails unchanged = update.update(change(reader, added.id(), "Same"));
        assertThat(unchanged).isEqualTo(added);
        assertThat(update.update(new UpdateCommentCommand(reader, added.id(), Optional.empty(), Optional.empty())))
                .isEqualTo(added);

        update.update(change(reader, added.id(), "Newer"));
        assertThatThrownBy(() -> update.update(new UpdateCommentCommand(reader, added.id(),
                Optional.of(new CommentBody("Stale")), Optional.of(added.version()))))
                .isInstanceOf(VersionMismatchException.class);
        assertThatThrownBy(() -> delete.delete(new DeleteCommentCommand(reader, added.id(),
                Optional.of(added.version())))).isInstanceOf(VersionMismatchException.class);
        assertThat(get.get(new GetCommentQuery(reader, added.id())).body().value()).isEqualTo("Newer");
    }

    @Test
    void the_comments_author_the_posts_author_and_admins_may_delete_it_others_may_not() {
        CommentDetails byReader = comment(reader, post, "one");
        CommentDetails another = comment(reader, post, "two");
        CommentDetails third = comment(reader, post, "three");

        assertThatThrownBy(() -> delete.delete(new DeleteCommentCommand(stranger, byReader.id(), Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
        delete.delete(new DeleteCommentCommand(reader, byReader.id(), Optional.empty()));
        delete.delete(new DeleteCommentCommand(author, another.id(), Optional.of(another.version())));
        delete.delete(new DeleteCommentCommand(admin, third.id(), Optional.empty()));

        assertThat(list.list(new ListPostCommentsQuery(reader, post.requireId(), new PageRequest(0, 5))).items())
                .isEmpty();
        assertThatThrownBy(() -> delete.delete(new DeleteCommentCommand(reader, byReader.id(), Optional.empty())))
                .isInstanceOf(NotFoundException.class).hasMessage("Comment " + byReader.id() + " does not exist");
        assertThatThrownBy(() -> get.get(new GetCommentQuery(reader, new CommentId(987_654))))
                .isInstanceOf(NotFoundException.class);
    }

    private static UpdateCommentCommand change(Actor actor, CommentId id, String body) {
        return new UpdateCommentCommand(actor, id, Optional.of(new CommentBody(body)), Optional.empty());
    }
}
