package dev.blog.domain.post;

import dev.blog.domain.shared.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hello, World!|hello-world",
            "  Crème brûlée à la carte  |creme-brulee-a-la-carte",
            "Straße & Ærø|strasse-aero",
            "Micronaut 4 -- 2026|micronaut-4-2026",
            "C++ / C#|c-c",
            "日本語|post",
            "🙂 !!!|post",
            "ǅemal Łódź|dzemal-lodz"})
    void a_title_becomes_lower_case_words_of_ascii_letters_and_digits_joined_by_single_hyphens(String title,
                                                                                                String slug) {
        assertThat(Slug.fromTitle(new Title(title))).isEqualTo(new Slug(slug));
    }

    @Test
    void a_long_title_is_cut_to_100_characters_without_a_trailing_hyphen() {
        Slug slug = Slug.fromTitle(new Title("word ".repeat(40)));

        assertThat(slug.value()).hasSizeLessThanOrEqualTo(100).doesNotEndWith("-").startsWith("word-word");
    }

    @Test
    void a_suffix_makes_room_for_itself_within_100_characters() {
        Slug long100 = new Slug("a".repeat(49) + "-" + "b".repeat(50));

        assertThat(new Slug("hello").withSuffix(2)).isEqualTo(new Slug("hello-2"));
        assertThat(long100.withSuffix(12).value()).hasSize(100).endsWith("-12").startsWith("a".repeat(49) + "-b");
        assertThat(new Slug("a".repeat(97) + "-b").withSuffix(3).value()).isEqualTo("a".repeat(97) + "-3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Hello", "-hello", "hello-", "hello--world", "héllo", "hello world", "a_b"})
    void anything_else_is_not_a_slug(String value) {
        assertThatThrownBy(() -> new Slug(value)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lower-case letters and digits");
    }

    @Property(tries = 2000)
    void every_title_gives_a_valid_slug_the_same_each_time_and_a_slug_gives_itself(@ForAll("titles") String text) {
        Title title = new Title(text);

        Slug slug = Slug.fromTitle(title);

        assertThat(slug.value()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(Slug.fromTitle(title)).isEqualTo(slug);
        assertThat(Slug.fromText(slug.value())).isEqualTo(slug);
        assertThat(slug.withSuffix(2).value()).matches("[a-z0-9]+(-[a-z0-9]+)*-2").hasSizeLessThanOrEqualTo(100);
    }

    /** Titles as the Title value object admits them: any valid Unicode, accents, scripts, emoji, punctuation. */
    @Provide
    Arbitrary<String> titles() {
        Arbitrary<String> anyText = Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMinLength(1).ofMaxLength(200);
        Arbitrary<String> latin = Arbitraries.strings().withChars("aeiouAEIOUéèêàçñøßæœłđ -_.,!?'0123456789")
                .ofMinLength(1).ofMaxLength(200);
        Arbitrary<String> emoji = Arbitraries.of("🙂", "👩‍💻", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ﬁ", "Ⅻ", "①")
                .list().ofMinSize(1).ofMaxSize(20).map(parts -> String.join(" ", parts));
        return Arbitraries.oneOf(anyText, latin, emoji).filter(text -> !text.isBlank());
    }
}
