package dev.blog.testsupport.post;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.Summary;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.Slug;
import dev.blog.domain.post.Title;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.testsupport.StoresContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@code PostQueries} must do, the in-memory fake as much as the database adapter. */
public abstract class PostQueriesContract extends StoresContract {

    private User alice;

    @BeforeEach
    void storeAnAuthor() {
        alice = createUser(newUser("alice", T0));
    }

    private PostDetails details(PostId id) {
        return inTransaction(() -> queries().findById(id, Optional.empty())).orElseThrow();
    }

    private Page<PostListItem> page(PostFilter filter, int offset, int limit) {
        return inTransaction(() -> queries().findPage(filter, new PageRequest(offset, limit), Optional.empty()));
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(tag -> tag.name().value()).toList();
    }

    @Test
    void a_post_reads_back_with_its_author_and_its_tags_sorted_by_name() {
        Post stored = createPost(newPost(alice.requireId(), "Hello", T0, "spring", "java"));

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
        assertThat(inTransaction(() -> tags().findByName(TagName.of("java")))).contains(found.tags().get(0));
    }

    @Test
    void an_unknown_post_is_empty() {
        assertThat(inTransaction(() -> queries().findById(new PostId(987_654), Optional.empty()))).isEmpty();
    }

    @Test
    void pages_are_newest_first_with_the_id_breaking_ties_and_count_everything() {
        Post old = createPost(newPost(alice.requireId(), "old", T0));
        Post tieA = createPost(newPost(alice.requireId(), "tieA", T0.plusSeconds(10)));
        Post tieB = createPost(newPost(alice.requireId(), "tieB", T0.plusSeconds(10)));
        Post newest = createPost(newPost(alice.requireId(), "newest", T0.plusSeconds(20)));

        Page<PostListItem> all = page(PostFilter.all(), 0, 10);
        Page<PostListItem> window = page(PostFilter.all(), 1, 2);

        assertThat(all.items()).extracting(PostListItem::id)
                .containsExactly(newest.id(), tieB.id(), tieA.id(), old.id());
        assertThat(window.items()).extracting(PostListItem::id).containsExactly(tieB.id(), tieA.id());
        assertThat(window.total()).isEqualTo(4);
        assertThat(page(PostFilter.all(), 10, 2).items()).isEmpty();
    }

    @Test
    void filters_combine_and_are_counted() {
        User bob = createUser(newUser("bob", T0));
        createPost(newPost(alice.requireId(), "a-java", T0, "java"));
        createPost(newPost(alice.requireId(), "a-go", T0.plusSeconds(1), "go"));
        Post published = createPost(newPost(bob.requireId(), "b-java", T0.plusSeconds(2), "java", "go")
                .changePublished(true, T0.plusSeconds(2)));

        Page<PostListItem> javaPosts = page(PostFilter.byTag(TagName.of("java")), 0, 10);
        Page<PostListItem> bobs = page(PostFilter.byAuthor(bob.requireId()), 0, 10);
        Page<PostListItem> publishedGo = page(new PostFilter(Optional.empty(), Optional.of(TagName.of("go")),
                Optional.of(true), Optional.empty()), 0, 10);
        Page<PostListItem> alicesJava = page(new PostFilter(Optional.of(alice.requireId()),
                Optional.of(TagName.of("java")), Optional.empty(), Optional.empty()), 0, 10);

        assertThat(javaPosts.items()).extracting(post -> post.title().value()).containsExactly("b-java", "a-java");
        assertThat(javaPosts.total()).isEqualTo(2);
        assertThat(bobs.items()).extracting(PostListItem::id).containsExactly(published.id());
        assertThat(publishedGo.items()).extracting(PostListItem::id).containsExactly(published.id());
        assertThat(publishedGo.total()).isEqualTo(1);
        assertThat(alicesJava.items()).extracting(post -> post.title().value()).containsExactly("a-java");
        assertThat(page(PostFilter.byTag(TagName.of("unknown")), 0, 10).total()).isZero();
    }

    @Test
    void paging_through_posts_with_many_tags_neither_repeats_nor_drops_a_post() {
        List<PostId> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            expected.add(0, createPost(newPost(alice.requireId(), "post" + i, T0.plusSeconds(i / 3),
                    "java", "go", "tag" + i % 4)).requireId());
        }

        for (PostFilter filter : List.of(PostFilter.all(), PostFilter.byTag(TagName.of("java")))) {
            List<PostId> seen = new ArrayList<>();
            for (int offset = 0; offset < 30; offset += 5) {
                Page<PostListItem> window = page(filter, offset, 5);
                assertThat(window.total()).isEqualTo(23);
                window.items().forEach(post -> assertThat(post.tags()).hasSize(3));
                window.items().forEach(post -> seen.add(post.id()));
            }
            assertThat(seen).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void following_the_next_positions_neither_repeats_nor_drops_a_post_even_with_equal_timestamps() {
        List<PostId> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            expected.add(0, createPost(newPost(alice.requireId(), "post" + i, T0.plusSeconds(i / 3),
                    "java", "tag" + i % 4)).requireId());
        }

        for (PostFilter filter : List.of(PostFilter.all(), PostFilter.byTag(TagName.of("java")))) {
            List<PostId> seen = new ArrayList<>();
            Page<PostListItem> window = page(filter, 0, 5);
            window.items().forEach(post -> seen.add(post.id()));
            while (window.next().isPresent()) {
                PageRequest next = PageRequest.after(window.next().get(), 5);
                window = inTransaction(() -> queries().findPage(filter, next, Optional.empty()));
                assertThat(window.offset()).isEmpty();
                assertThat(window.total()).isEqualTo(23);
                window.items().forEach(post -> seen.add(post.id()));
            }
            assertThat(seen).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void the_last_page_has_no_next_position_and_a_full_page_before_the_end_has_one() {
        for (int i = 0; i < 4; i++) {
            createPost(newPost(alice.requireId(), "post" + i, T0.plusSeconds(i)));
        }

        assertThat(page(PostFilter.all(), 0, 3).next()).isPresent();
        assertThat(page(PostFilter.all(), 0, 4).next()).isEmpty();
        assertThat(page(PostFilter.all(), 2, 3).next()).isEmpty();
    }

    @Test
    void a_list_shows_the_authors_summary_or_else_an_excerpt_of_the_content_and_a_single_post_its_summary() {
        Post summarised = createPost(Post.create(alice.requireId(), new Title("summarised"),
                new Content("word ".repeat(100)), new Summary("In short"), true, List.of(), T0));
        Post long_ = createPost(Post.create(alice.requireId(), new Title("long"),
                new Content("word ".repeat(100)), null, true, List.of(), T0.plusSeconds(1)));

        List<PostListItem> items = page(PostFilter.all(), 0, 10).items();

        assertThat(items).extracting(PostListItem::summary)
                .containsExactly(("word ".repeat(40)).strip(), "In short");
        assertThat(details(summarised.requireId()).summary()).isEqualTo(new Summary("In short"));
        assertThat(details(long_.requireId()).summary()).isNull();
    }

    @Test
    void drafts_are_listed_and_counted_only_for_their_author_and_admins() {
        User bob = createUser(newUser("bob", T0));
        Post published = createPost(newPost(alice.requireId(), "published", T0, "java").changePublished(true, T0));
        Post alicesDraft = createPost(newPost(alice.requireId(), "alice's draft", T0.plusSeconds(1), "java"));
        Post bobsDraft = createPost(newPost(bob.requireId(), "bob's draft", T0.plusSeconds(2), "java"));
        Actor asAlice = Actor.user(alice.requireId(), Role.USER);
        Actor asAdmin = Actor.user(bob.requireId(), Role.ADMIN);

        for (PostFilter filter : List.of(PostFilter.all(), PostFilter.byTag(TagName.of("java")))) {
            Page<PostListItem> anonymous = page(filter.seenBy(Actor.anonymous()), 0, 10);
            Page<PostListItem> alices = page(filter.seenBy(asAlice), 0, 10);
            Page<PostListItem> admins = page(filter.seenBy(asAdmin), 0, 10);

            assertThat(anonymous.items()).extracting(PostListItem::id).containsExactly(published.id());
            assertThat(anonymous.total()).isEqualTo(1);
            assertThat(alices.items()).extracting(PostListItem::id).containsExactly(alicesDraft.id(), published.id());
            assertThat(alices.total()).isEqualTo(2);
            assertThat(admins.items()).extracting(PostListItem::id)
                    .containsExactly(bobsDraft.id(), alicesDraft.id(), published.id());
        }
        PostFilter drafts = new PostFilter(Optional.empty(), Optional.empty(), Optional.of(false), Optional.empty());
        assertThat(page(drafts.seenBy(asAlice), 0, 10).items()).extracting(PostListItem::id)
                .containsExactly(alicesDraft.id());
        assertThat(page(drafts.seenBy(Actor.anonymous()), 0, 10).items()).isEmpty();
    }

    @Test
    void authors_without_a_full_name_and_posts_without_tags_read_back() {
        User bare = createUser(newUser("bare", T0).changeFullName(null, T0));
        Post post = createPost(newPost(bare.requireId(), "bare post", T0));

        PostDetails found = details(post.requireId());

        assertThat(found.author().fullName()).isNull();
        assertThat(found.tags()).isEmpty();
    }

    @Test
    void the_posts_of_a_deleted_user_leave_every_list() {
        User bob = createUser(newUser("bob", T0));
        createPost(newPost(bob.requireId(), "bob's", T0, "java"));

        inTransaction(() -> users().deleteById(bob.requireId()));

        assertThat(page(PostFilter.all(), 0, 10).total()).isZero();
        assertThat(page(PostFilter.byTag(TagName.of("java")), 0, 10).items()).isEmpty();
    }

    private String slugOf(Post post) {
        return details(post.requireId()).slug().value();
    }

    private Post retitle(Post post, String title) {
        Post loaded = inTransaction(() -> posts().findForUpdate(post.requireId())).orElseThrow();
        return inTransaction(() -> posts().update(loaded.retitle(new Title(title), T0.plusSeconds(60))));
    }

    @Test
    void each_post_gets_the_slug_of_its_title_and_a_clash_the_next_free_number() {
        Post first = createPost(newPost(alice.requireId(), "Hello, World", T0));
        Post second = createPost(newPost(alice.requireId(), "hello world!", T0));
        Post third = createPost(newPost(alice.requireId(), "Héllo Wörld", T0));
        Post nothingLeft = createPost(newPost(alice.requireId(), "!!!", T0));

        assertThat(List.of(slugOf(first), slugOf(second), slugOf(third), slugOf(nothingLeft)))
                .containsExactly("hello-world", "hello-world-2", "hello-world-3", "post");
        assertThat(inTransaction(() -> queries().findBySlug(new Slug("hello-world-2"), Optional.empty())))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(second.requireId()));
        assertThat(inTransaction(() -> queries().findBySlug(new Slug("hello-world-9"), Optional.empty()))).isEmpty();
        assertThat(page(PostFilter.all(), 0, 10).items()).extracting(item -> item.slug().value())
                .contains("hello-world", "hello-world-2", "hello-world-3");
    }

    @Test
    void the_slug_follows_the_title_unless_the_new_title_still_gives_it() {
        Post first = createPost(newPost(alice.requireId(), "Hello", T0));
        Post second = createPost(newPost(alice.requireId(), "Hello", T0));

        retitle(second, "HELLO!");
        assertThat(slugOf(second)).isEqualTo("hello-2");
        retitle(second, "Goodbye");
        assertThat(slugOf(second)).isEqualTo("goodbye");
        retitle(first, "Goodbye");
        assertThat(slugOf(first)).isEqualTo("goodbye-2");
        Post third = createPost(newPost(alice.requireId(), "Hello", T0));
        assertThat(slugOf(third)).isEqualTo("hello");
    }
}
