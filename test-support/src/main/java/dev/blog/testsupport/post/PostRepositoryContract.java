package dev.blog.testsupport.post;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.Title;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.StoresContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@code PostRepository} must do, the in-memory fake as much as the database adapter. */
public abstract class PostRepositoryContract extends StoresContract {

    private User alice;

    @BeforeEach
    void storeAnAuthor() {
        alice = createUser(newUser("alice", T0));
    }

    private Optional<Post> load(PostId id) {
        return inTransaction(() -> posts().findForUpdate(id));
    }

    @Test
    void create_assigns_an_id_and_keeps_every_field_and_tag() {
        Post stored = createPost(newPost(alice.requireId(), "Hello", T0, "spring", "java"));

        assertThat(stored.isStored()).isTrue();
        assertThat(load(stored.requireId())).contains(stored);
        assertThat(inTransaction(() -> tags().findByName(TagName.of("java")))).isPresent();
    }

    @Test
    void ids_are_distinct() {
        Post first = createPost(newPost(alice.requireId(), "first", T0));
        Post second = createPost(newPost(alice.requireId(), "second", T0));

        assertThat(first.requireId()).isNotEqualTo(second.requireId());
    }

    @Test
    void create_for_an_unknown_author_is_not_found() {
        assertThatThrownBy(() -> createPost(newPost(new UserId(987_654), "Orphan", T0)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("User 987654");
    }

    @Test
    void find_for_update_of_an_unknown_post_is_empty() {
        assertThat(load(new PostId(987_654))).isEmpty();
    }

    @Test
    void update_replaces_fields_and_the_tag_set_but_not_the_view_count() {
        Post stored = createPost(newPost(alice.requireId(), "Hello", T0, "java", "go"));
        inTransaction(() -> posts().incrementViewCount(stored.requireId(), PostVisibility.everything()));
        Instant later = T0.plusSeconds(60);
        Post changed = stored.retitle(new Title("New"), later).changePublished(true, later)
                .replaceTags(List.of(TagName.of("go"), TagName.of("rust")), later);

        Post updated = inTransaction(() -> posts().update(changed));

        Post loaded = load(stored.requireId()).orElseThrow();
        assertThat(updated.version()).isEqualTo(stored.version() + 1);
        assertThat(loaded.version()).isEqualTo(stored.version() + 1);
        assertThat(loaded.title()).isEqualTo(new Title("New"));
        assertThat(loaded.published()).isTrue();
        assertThat(loaded.updatedAt()).isEqualTo(later);
        assertThat(loaded.viewCount()).isEqualTo(1);
        assertThat(loaded.tags()).containsExactly(TagName.of("go"), TagName.of("rust"));
    }

    @Test
    void update_to_no_tags_removes_every_link_and_keeps_the_tags() {
        Post stored = createPost(newPost(alice.requireId(), "Hello", T0, "java"));

        inTransaction(() -> posts().update(stored.replaceTags(List.of(), T0.plusSeconds(1))));

        assertThat(load(stored.requireId()).orElseThrow().tags()).isEmpty();
        assertThat(inTransaction(() -> tags().findByName(TagName.of("java")))).isPresent();
    }

    @Test
    void delete_removes_the_post_and_tells_whether_there_was_one() {
        Post stored = createPost(newPost(alice.requireId(), "Hello", T0, "java"));

        assertThat(inTransaction(() -> posts().deleteById(stored.requireId()))).isTrue();
        assertThat(load(stored.requireId())).isEmpty();
        assertThat(inTransaction(() -> posts().deleteById(stored.requireId()))).isFalse();
        assertThat(inTransaction(() -> tags().findByName(TagName.of("java")))).isPresent();
    }

    @Test
    void views_count_up_and_an_unknown_post_has_none() {
        Post stored = createPost(newPost(alice.requireId(), "Hello", T0));

        assertThat(view(stored.requireId(), PostVisibility.everything())).isEqualTo(OptionalLong.of(1));
        assertThat(view(stored.requireId(), PostVisibility.everything())).isEqualTo(OptionalLong.of(2));
        assertThat(view(new PostId(987_654), PostVisibility.everything())).isEmpty();
    }

    @Test
    void a_draft_counts_no_view_from_someone_who_may_not_see_it() {
        Post draft = createPost(newPost(alice.requireId(), "Draft", T0));
        Actor other = Actor.user(new UserId(alice.requireId().value() + 1), Role.USER);

        assertThat(view(draft.requireId(), PostVisibility.of(Actor.anonymous()))).isEmpty();
        assertThat(view(draft.requireId(), PostVisibility.of(other))).isEmpty();
        assertThat(view(draft.requireId(), PostVisibility.of(Actor.user(alice.requireId(), Role.USER))))
                .isEqualTo(OptionalLong.of(1));
    }

    private OptionalLong view(PostId id, PostVisibility visibility) {
        return inTransaction(() -> posts().incrementViewCount(id, visibility));
    }

    @Test
    void deleting_a_user_deletes_their_posts_and_keeps_the_tags_and_the_posts_of_others() {
        User bob = createUser(newUser("bob", T0));
        Post kept = createPost(newPost(alice.requireId(), "alice keeps this", T0, "java"));
        Post bob1 = createPost(newPost(bob.requireId(), "bob1", T0, "java", "go"));
        Post bob2 = createPost(newPost(bob.requireId(), "bob2", T0, "rust"));

        inTransaction(() -> users().deleteById(bob.requireId()));

        assertThat(load(bob1.requireId())).isEmpty();
        assertThat(load(bob2.requireId())).isEmpty();
        assertThat(load(kept.requireId())).contains(kept);
        assertThat(inTransaction(() -> tags().findByName(TagName.of("rust")))).isPresent();
    }
}
