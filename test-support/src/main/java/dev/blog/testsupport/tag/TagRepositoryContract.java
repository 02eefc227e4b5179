package dev.blog.testsupport.tag;

import dev.blog.domain.post.Post;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;
import dev.blog.domain.user.User;
import dev.blog.testsupport.StoresContract;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.post.Posts.newPublishedPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@code TagRepository} must do, the in-memory fake as much as the database adapter. */
public abstract class TagRepositoryContract extends StoresContract {

    private List<Tag> getOrCreate(String... names) {
        Set<TagName> set = Set.of(Arrays.stream(names).map(TagName::of).toArray(TagName[]::new));
        return inTransaction(() -> tags().getOrCreate(set));
    }

    @Test
    void get_or_create_creates_missing_tags_once_and_returns_them_sorted() {
        List<Tag> first = getOrCreate("spring", "java");
        List<Tag> second = getOrCreate("java", "go", "spring");

        assertThat(first).extracting(tag -> tag.name().value()).containsExactly("java", "spring");
        assertThat(second).extracting(tag -> tag.name().value()).containsExactly("go", "java", "spring");
        assertThat(second).containsAll(first);
        assertThat(inTransaction(() -> tags().getOrCreate(Set.of()))).isEmpty();
    }

    @Test
    void find_by_id_and_by_name() {
        Tag java = getOrCreate("java").get(0);

        assertThat(inTransaction(() -> tags().findById(java.id()))).contains(java);
        assertThat(inTransaction(() -> tags().findByName(TagName.of("JAVA")))).contains(java);
        assertThat(inTransaction(() -> tags().findById(new TagId(987_654)))).isEmpty();
        assertThat(inTransaction(() -> tags().findByName(TagName.of("cobol")))).isEmpty();
    }

    private List<String> postCounts() {
        return inTransaction(() -> tags().findUsagePage(new PageRequest(0, 100))).items().stream()
                .map(usage -> usage.tag().name().value() + "=" + usage.postCount()).toList();
    }

    @Test
    void usage_pages_are_ordered_by_code_point_and_count_published_posts_including_none() {
        User alice = createUser(newUser("alice", T0));
        createPost(newPost(alice.requireId(), "one", T0, "java", "b").changePublished(true, T0));
        createPost(newPost(alice.requireId(), "two", T0, "java").changePublished(true, T0));
        createPost(newPost(alice.requireId(), "a draft counts for no tag", T0, "java", "b"));
        getOrCreate("a b", "\uFF41");

        Page<TagUsage> all = inTransaction(() -> tags().findUsagePage(new PageRequest(0, 10)));
        Page<TagUsage> window = inTransaction(() -> tags().findUsagePage(new PageRequest(1, 2)));

        assertThat(all.items()).extracting(usage -> usage.tag().name().value() + "=" + usage.postCount())
                .containsExactly("a b=0", "b=1", "java=2", "\uFF41=0");
        assertThat(window.items()).extracting(usage -> usage.tag().name().value()).containsExactly("b", "java");
        assertThat(window.total()).isEqualTo(4);

        Page<TagUsage> afterWindow = inTransaction(() -> tags().findUsagePage(
                PageRequest.after(window.next().orElseThrow(), 2)));
        assertThat(afterWindow.items()).extracting(usage -> usage.tag().name().value()).containsExactly("\uFF41");
        assertThat(afterWindow.next()).isEmpty();
    }

    @Test
    void tags_outlive_the_posts_and_users_that_carried_them() {
        User alice = createUser(newUser("alice", T0));
        createPost(newPost(alice.requireId(), "one", T0, "java").changePublished(true, T0));

        inTransaction(() -> users().deleteById(alice.requireId()));

        assertThat(postCounts()).containsExactly("java=0");
    }

    @Test
    void post_counts_count_published_posts_through_publication_tag_changes_and_deletions() {
        User alice = createUser(newUser("alice", T0));
        User bob = createUser(newUser("bob", T0));
        Post draft = createPost(newPost(alice.requireId(), "draft", T0, "java", "go"));
        Post published = createPost(newPublishedPost(alice.requireId(), "published", T0, "java"));
        createPost(newPublishedPost(bob.requireId(), "bob's", T0, "java", "rust"));
        assertThat(postCounts()).containsExactly("go=0", "java=2", "rust=1");

        Post publishedDraft = inTransaction(() -> posts().update(draft.changePublished(true, T0)));
        assertThat(postCounts()).containsExactly("go=1", "java=3", "rust=1");

        Post retagged = inTransaction(() -> posts().update(
                publishedDraft.replaceTags(List.of(TagName.of("go"), TagName.of("rust")), T0)));
        assertThat(postCounts()).containsExactly("go=1", "java=2", "rust=2");

        inTransaction(() -> posts().update(retagged.changePublished(false, T0).replaceTags(
                List.of(TagName.of("java")), T0)));
        assertThat(postCounts()).containsExactly("go=0", "java=2", "rust=1");

        inTransaction(() -> posts().deleteById(published.requireId()));
        assertThat(postCounts()).containsExactly("go=0", "java=1", "rust=1");

        inTransaction(() -> users().deleteById(bob.requireId()));
        assertThat(postCounts()).containsExactly("go=0", "java=0", "rust=0");
    }
}
