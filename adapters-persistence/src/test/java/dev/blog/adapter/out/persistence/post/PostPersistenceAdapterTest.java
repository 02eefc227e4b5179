package dev.blog.adapter.out.persistence.post;

import dev.blog.domain.post.Content;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.Title;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.adapter.out.persistence.AdapterTestOnPostgres;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class PostPersistenceAdapterTest extends AdapterTestOnPostgres {

    private User alice;

    @BeforeEach
    void storeAnAuthor() {
        alice = transactions.inTransaction(() -> users.create(newUser("alice", T0)));
    }

    private Post create(Post post) {
        return transactions.inTransaction(() -> posts.create(post));
    }

    private PostDetails details(PostId id) {
        return transactions.readOnly(() -> queries.findById(id)).orElseThrow();
    }

    private Page<PostDetails> page(PostFilter filter, int offset, int limit) {
        return transactions.readOnly(() -> queries.findPage(filter, new PageRequest(offset, limit)));
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(tag -> tag.name().value()).toList();
    }

    @Test
    void create_stores_every_field_and_links_the_tags_creating_new_ones() {
        Post stored = create(newPost(alice.requireId(), "Hello", T0, "spring", "java"));

        PostDetails found = details(stored.requireId());

        assertThat(found.title()).isEqualTo(new Title("Hello"));
        assertThat(found.content()).isEqualTo(new Content("Content of Hello"));
        assertThat(found.published()).isFalse();
        assertThat(found.viewCount()).isZero();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0);
        assertThat(found.author().id()).isEqualTo(alice.requireId());
        assertThat(found.author().username()).isEqualTo(alice.username());
        assertThat(found.author().fullName()).isEqualTo(alice.fullName());
        assertThat(names(found.tags())).containsExactly("java", "spring");
        assertThat(transactions.readOnly(() -> tags.findByName(TagName.of("java")))).contains(found.tags().get(0));
    }

    @Test
    void create_for_an_unknown_author_is_not_found() {
        assertThatThrownBy(() -> create(newPost(new UserId(987_654), "Orphan", T0)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("User 987654");
    }

    @Test
    void find_for_update_loads_the_aggregate_with_its_tag_names() {
        Post stored = create(newPost(alice.requireId(), "Hello", T0, "java", "go"));

        Optional<Post> loaded = transactions.inTransaction(() -> posts.findForUpdate(stored.requireId()));

        assertThat(loaded).contains(stored);
        assertThat(transactions.inTransaction(() -> posts.findForUpdate(new PostId(987_654)))).isEmpty();
    }

    @Test
    void update_replaces_fields_and_the_tag_set_but_not_the_view_count() {
        Post stored = create(newPost(alice.requireId(), "Hello", T0, "java", "go"));
        transactions.inTransaction(() -> posts.incrementViewCount(stored.requireId()));
        Instant later = T0.plusSeconds(60);
        Post changed = stored.retitle(new Title("New"), later).changePublished(true, later)
                .replaceTags(List.of(TagName.of("go"), TagName.of("rust")), later);

        transactions.inTransaction(() -> posts.update(changed));

        PostDetails found = details(stored.requireId());
        assertThat(found.title()).isEqualTo(new Title("New"));
        assertThat(found.published()).isTrue();
        assertThat(found.updatedAt()).isEqualTo(later);
        assertThat(found.viewCount()).isEqualTo(1);
        assertThat(names(found.tags())).containsExactly("go", "rust");
    }

    @Test
    void update_to_no_tags_removes_every_link_and_keeps_the_tags() {
        Post stored = create(newPost(alice.requireId(), "Hello", T0, "java"));

        transactions.inTransaction(() -> posts.update(stored.replaceTags(List.of(), T0.plusSeconds(1))));

        assertThat(details(stored.requireId()).tags()).isEmpty();
        assertThat(transactions.readOnly(() -> tags.findByName(TagName.of("java")))).isPresent();
    }

    @Test
    void delete_removes_the_post_and_tells_whether_there_was_one() {
        Post stored = create(newPost(alice.requireId(), "Hello", T0, "java"));

        assertThat(transactions.inTransaction(() -> posts.deleteById(stored.requireId()))).isTrue();
        assertThat(transactions.readOnly(() -> queries.findById(stored.requireId()))).isEmpty();
        assertThat(transactions.inTransaction(() -> posts.deleteById(stored.requireId()))).isFalse();
        assertThat(transactions.readOnly(() -> tags.findByName(TagName.of("java")))).isPresent();
    }

    @Test
    void views_count_up_and_an_unknown_post_has_none() {
        Post stored = create(newPost(alice.requireId(), "Hello", T0));

        assertThat(transactions.inTransaction(() -> posts.incrementViewCount(stored.requireId())))
                .isEqualTo(OptionalLong.of(1));
        assertThat(transactions.inTransaction(() -> posts.incrementViewCount(stored.requireId())))
                .isEqualTo(OptionalLong.of(2));
        assertThat(transactions.inTransaction(() -> posts.incrementViewCount(new PostId(987_654)))).isEmpty();
    }

    @Test
    void pages_are_newest_first_with_the_id_breaking_ties_and_count_everything() {
        Post old = create(newPost(alice.requireId(), "old", T0));
        Post tieA = create(newPost(alice.requireId(), "tieA", T0.plusSeconds(10)));
        Post tieB = create(newPost(alice.requireId(), "tieB", T0.plusSeconds(10)));
        Post newest = create(newPost(alice.requireId(), "newest", T0.plusSeconds(20)));

        Page<PostDetails> all = page(PostFilter.all(), 0, 10);
        Page<PostDetails> window = page(PostFilter.all(), 1, 2);

        assertThat(all.items()).extracting(PostDetails::id)
                .containsExactly(newest.id(), tieB.id(), tieA.id(), old.id());
        assertThat(window.items()).extracting(PostDetails::id).containsExactly(tieB.id(), tieA.id());
        assertThat(window.total()).isEqualTo(4);
        assertThat(page(PostFilter.all(), 10, 2).items()).isEmpty();
    }

    @Test
    void filters_combine_and_are_counted() {
        User bob = transactions.inTransaction(() -> users.create(newUser("bob", T0)));
        create(newPost(alice.requireId(), "a-java", T0, "java"));
        create(newPost(alice.requireId(), "a-go", T0.plusSeconds(1), "go"));
        Post published = create(newPost(bob.requireId(), "b-java", T0.plusSeconds(2), "java", "go")
                .changePublished(true, T0.plusSeconds(2)));

        Page<PostDetails> javaPosts = page(PostFilter.byTag(TagName.of("java")), 0, 10);
        Page<PostDetails> bobs = page(PostFilter.byAuthor(bob.requireId()), 0, 10);
        Page<PostDetails> publishedGo = page(new PostFilter(Optional.empty(), Optional.of(TagName.of("go")),
                Optional.of(true)), 0, 10);
        Page<PostDetails> alicesJava = page(new PostFilter(Optional.of(alice.requireId()),
                Optional.of(TagName.of("java")), Optional.empty()), 0, 10);

        assertThat(javaPosts.items()).extracting(post -> post.title().value()).containsExactly("b-java", "a-java");
        assertThat(javaPosts.total()).isEqualTo(2);
        assertThat(bobs.items()).extracting(PostDetails::id).containsExactly(published.id());
        assertThat(publishedGo.items()).extracting(PostDetails::id).containsExactly(published.id());
        assertThat(publishedGo.total()).isEqualTo(1);
        assertThat(alicesJava.items()).extracting(post -> post.title().value()).containsExactly("a-java");
        assertThat(page(PostFilter.byTag(TagName.of("unknown")), 0, 10).total()).isZero();
    }

    @Test
    void paging_through_posts_with_many_tags_neither_repeats_nor_drops_a_post() {
        List<PostId> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            expected.add(0, create(newPost(alice.requireId(), "post" + i, T0.plusSeconds(i / 3),
                    "java", "go", "tag" + i % 4)).requireId());
        }

        for (PostFilter filter : List.of(PostFilter.all(), PostFilter.byTag(TagName.of("java")))) {
            List<PostId> seen = new ArrayList<>();
            for (int offset = 0; offset < 30; offset += 5) {
                Page<PostDetails> window = page(filter, offset, 5);
                assertThat(window.total()).isEqualTo(23);
                window.items().forEach(post -> assertThat(post.tags()).hasSize(3));
                window.items().forEach(post -> seen.add(post.id()));
            }
            assertThat(seen).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void authors_without_a_full_name_and_posts_without_tags_read_back() {
        User bare = transactions.inTransaction(() -> users.create(newUser("bare", T0).changeFullName(null, T0)));
        Post post = create(newPost(bare.requireId(), "bare post", T0));

        PostDetails found = details(post.requireId());

        assertThat(found.author().fullName()).isNull();
        assertThat(found.tags()).isEmpty();
    }
}
