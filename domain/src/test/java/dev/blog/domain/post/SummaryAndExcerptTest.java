package dev.blog.domain.post;

import dev.blog.domain.shared.InvalidValueException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummaryAndExcerptTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void an_empty_or_blank_summary_is_refused_naming_summary(String value) {
        assertThatThrownBy(() -> new Summary(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("summary"));
    }

    @Test
    void a_summary_has_at_most_500_characters_counted_as_code_points() {
        assertThat(new Summary("\uD83D\uDE00".repeat(500)).value()).hasSize(1000);
        assertThatThrownBy(() -> new Summary("a".repeat(501))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_short_content_is_its_own_excerpt() {
        assertThat(Excerpt.of("A short post.")).isEqualTo("A short post.");
        assertThat(Excerpt.of("x".repeat(200))).hasSize(200);
    }

    @Test
    void a_long_content_is_cut_before_the_word_that_crosses_200_characters() {
        String content = "word ".repeat(39) + "crossing the limit";

        String excerpt = Excerpt.of(content);

        assertThat(excerpt).isEqualTo(("word ".repeat(39)).strip());
    }

    @Test
    void a_cut_that_falls_on_a_space_keeps_the_whole_last_word() {
        String content = "a".repeat(200) + " more";

        assertThat(Excerpt.of(content)).isEqualTo("a".repeat(200));
    }

    @Test
    void one_word_longer_than_the_excerpt_is_cut_at_200_characters() {
        assertThat(Excerpt.of("x".repeat(5000))).isEqualTo("x".repeat(200));
    }

    @Test
    void astral_characters_count_as_one_and_are_never_split() {
        String content = "\uD83D\uDE00".repeat(300);

        String excerpt = Excerpt.of(content);

        assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(200);
        assertThat(Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 1))).isFalse();
    }

    @Test
    void the_summary_of_a_list_item_is_the_authors_else_the_excerpt() {
        assertThat(PostListItem.summaryOf(new Summary("Mine"), "the content")).isEqualTo("Mine");
        assertThat(PostListItem.summaryOf(null, "the content")).isEqualTo("the content");
    }

    @Property(tries = 500)
    void an_excerpt_is_a_prefix_of_the_content_of_at_most_200_characters_and_ends_at_a_word(
            @ForAll @StringLength(min = 1, max = 600) @CharRange(from = ' ', to = 'z') String content) {
        String excerpt = Excerpt.of(content);

        assertThat(content.strip()).startsWith(excerpt.isEmpty() ? "" : excerpt.substring(0, 1));
        assertThat(content).contains(excerpt);
        assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(200);
        int end = content.indexOf(excerpt) + excerpt.length();
        boolean cutMidWord = end < content.length() && !Character.isWhitespace(content.charAt(end))
                && excerpt.contains(" ");
        assertThat(cutMidWord).as("cut in the middle of a word: [%s]", excerpt).isFalse();
    }
}
