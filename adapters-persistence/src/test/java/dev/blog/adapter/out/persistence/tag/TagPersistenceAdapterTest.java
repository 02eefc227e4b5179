package dev.blog.adapter.out.persistence.tag;

import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;
import dev.blog.domain.user.User;
import dev.blog.adapter.out.persistence.AdapterTestOnPostgres;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TagPersistenceAdapterTest extends AdapterTestOnPostgres {

    private List<Tag> getOrCreate(String... names) {
        Set<TagName> set = Set.of(Arrays.stream(names).map(TagName::of).toArray(TagName[]::new));
        return transactions.inTransaction(() -> tags.getOrCreate(set));
    }

    @Test
    void get_or_create_creates_missing_tags_once_and_returns_them_sorted() {
        List<Tag> first = getOrCreate("spring", "java");
        List<Tag> second = getOrCreate("java", "go", "spring");

        assertThat(first).extracting(tag -> tag.name().value()).containsExactly("java", "spring");
        assertThat(second).extracting(tag -> tag.name().value()).containsExactly("go", "java", "spring");
        assertThat(second).containsAll(first);
        assertThat(transactions.inTransaction(() -> tags.getOrCreate(Set.of()))).isEmpty();
    }

    @Test
    void find_by_id_and_by_name() {
        Tag java = getOrCreate("java").get(0);

        assertThat(transactions.readOnly(() -> tags.findById(java.id()))).contains(java);
        assertThat(transactions.readOnly(() -> tags.findByName(TagName.of("JAVA")))).contains(java);
        assertThat(transactions.readOnly(() -> tags.findById(new TagId(987_654)))).isEmpty();
        assertThat(transactions.readOnly(() -> tags.findByName(TagName.of("cobol")))).isEmpty();
    }

    @Test
    void usage_pages_are_ordered_by_code_point_and_count_posts_including_none() {
        User alice = transactions.inTransaction(() -> users.create(newUser("alice", T0)));
        transactions.inTransaction(() -> posts.create(newPost(alice.requireId(), "one", T0, "java", "b")));
        transactions.inTransaction(() -> posts.create(newPost(alice.requireId(), "two", T0, "java")));
        getOrCreate("a b", "\uFF41");

        Page<TagUsage> all = transactions.readOnly(() -> tags.findUsagePage(new PageRequest(0, 10)));
        Page<TagUsage> window = transactions.readOnly(() -> tags.findUsagePage(new PageRequest(1, 2)));

        assertThat(all.items()).extracting(usage -> usage.tag().name().value() + "=" + usage.postCount())
                .containsExactly("a b=0", "b=1", "java=2", "\uFF41=0");
        assertThat(window.items()).extracting(usage -> usage.tag().name().value()).containsExactly("b", "java");
        assertThat(window.total()).isEqualTo(4);
    }
}
