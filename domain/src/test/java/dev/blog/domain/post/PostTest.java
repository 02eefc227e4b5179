package dev.blog.domain.post;

import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private static Post post(List<TagName> tags) {
        return Post.create(new UserId(1), new Title("Title"), new Content("Content"), null, false, tags, T0)
                .withId(new PostId(7));
    }

    private static List<TagName> names(String... names) {
        return Arrays.stream(names).map(TagName::of).toList();
    }

    @Test
    void a_new_post_is_unviewed_and_not_stored() {
        Post post = Post.create(new UserId(1), new Title("T"), new Content("C"), null, true, List.of(), T0);

        assertThat(post.isStored()).isFalse();
        assertThat(post.viewCount()).isZero();
        assertThat(post.published()).isTrue();
        assertThat(post.createdAt()).isEqualTo(T0).isEqualTo(post.updatedAt());
    }

    @Test
    void tags_are_sorted_and_duplicates_collapse() {
        Post post = post(names("spring", "Java", " java ", "docker"));

        assertThat(post.tags()).extracting(TagName::value).containsExactly("docker", "java", "spring");
    }

    @Test
    void ten_tags_are_allowed_eleven_are_not_counting_duplicates_once() {
        List<TagName> ten = IntStream.range(0, 10).mapToObj(i -> TagName.of("t" + i)).toList();
        assertThat(post(ten).tags()).hasSize(10);

        List<TagName> tenAndADuplicate = new ArrayList<>(ten);
        tenAndADuplicate.add(TagName.of("T0"));
        assertThat(post(tenAndADuplicate).tags()).hasSize(10);

        List<TagName> eleven = IntStream.range(0, 11).mapToObj(i -> TagName.of("t" + i)).toList();
        assertThatThrownBy(() -> post(eleven))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tags"));
    }

    @Test
    void the_tag_set_cannot_be_changed_from_outside() {
        Post post = post(names("java"));

        assertThatThrownBy(() -> post.tags().add(TagName.of("go"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_change_moves_updated_at_and_keeps_the_rest() {
        Post post = post(names("java"));

        Post changed = post.retitle(new Title("New"), T1).rewrite(new Content("New content"), T1)
                .changePublished(true, T1);

        assertThat(changed.title()).isEqualTo(new Title("New"));
        assertThat(changed.content()).isEqualTo(new Content("New content"));
        assertThat(changed.published()).isTrue();
        assertThat(changed.updatedAt()).isEqualTo(T1);
        assertThat(changed.createdAt()).isEqualTo(T0);
        assertThat(changed.id()).isEqualTo(post.id());
        assertThat(changed.tags()).isEqualTo(post.tags());
    }

    @Test
    void a_clock_that_went_backwards_never_moves_updated_at_back() {
        Post post = post(names("java")).retitle(new Title("Later"), T1);

        Post changed = post.rewrite(new Content("Written with a clock one second behind"), T1.minusSeconds(1));

        assertThat(changed.content()).isEqualTo(new Content("Written with a clock one second behind"));
        assertThat(changed.updatedAt()).isEqualTo(T1);
    }

    @Test
    void a_change_to_the_same_value_is_no_change() {
        Post post = post(names("java", "go"));

        assertThat(post.retitle(new Title("Title"), T1)).isSameAs(post);
        assertThat(post.rewrite(new Content("Content"), T1)).isSameAs(post);
        assertThat(post.changePublished(false, T1)).isSameAs(post);
        assertThat(post.replaceTags(names("Go", "JAVA"), T1)).isSameAs(post);
        assertThat(post.addTag(TagName.of("java"), T1)).isSameAs(post);
        assertThat(post.removeTag(TagName.of("rust"), T1)).isSameAs(post);
    }

    @Test
    void adding_and_removing_tags() {
        Post post = post(names("java"));

        Post added = post.addTag(TagName.of("go"), T1);
        Post removed = added.removeTag(TagName.of("java"), T1.plusSeconds(1));

        assertThat(added.tags()).extracting(TagName::value).containsExactly("go", "java");
        assertThat(added.updatedAt()).isEqualTo(T1);
        assertThat(removed.tags()).extracting(TagName::value).containsExactly("go");
    }

    @Test
    void an_eleventh_tag_cannot_be_added() {
        Post full = post(IntStream.range(0, 10).mapToObj(i -> TagName.of("t" + i)).toList());

        assertThatThrownBy(() -> full.addTag(TagName.of("one-more"), T1)).isInstanceOf(InvalidValueException.class);
        assertThat(full.addTag(TagName.of("t3"), T1)).isSameAs(full);
    }

    @Test
    void require_id_fails_before_storing() {
        Post unstored = Post.create(new UserId(1), new Title("T"), new Content("C"), null, false, List.of(), T0);

        assertThatThrownBy(unstored::requireId).isInstanceOf(IllegalStateException.class);
    }
}
