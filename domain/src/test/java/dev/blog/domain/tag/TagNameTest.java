package dev.blog.domain.tag;

import dev.blog.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagNameTest {

    @Test
    void client_input_is_trimmed_and_lower_cased() {
        assertThat(TagName.of(" Java ")).isEqualTo(TagName.of("java")).isEqualTo(new TagName("java"));
        assertThat(TagName.of("\tSpring Boot\n").value()).isEqualTo("spring boot");
    }

    @Test
    void lower_casing_ignores_the_default_locale() {
        assertThat(TagName.of("TITLE").value()).isEqualTo("title");
        assertThat(TagName.of("I").value()).isEqualTo("i");
    }

    @Test
    void fifty_characters_are_counted_as_code_points_after_trimming() {
        assertThat(TagName.of("  " + "a".repeat(50) + "  ").value()).hasSize(50);
        assertThat(TagName.of("\uD83D\uDE00".repeat(50)).value()).hasSize(100);
        assertThatThrownBy(() -> TagName.of("a".repeat(51)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void a_name_that_is_empty_after_trimming_is_invalid(String raw) {
        assertThatThrownBy(() -> TagName.of(raw)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja\u0001va", "ja\u0007va", "ja\u200Bva", "ja\u2028va", "ja\u009Fva"})
    void control_and_invisible_format_characters_are_invalid(String raw) {
        assertThatThrownBy(() -> TagName.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).contains("control characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja\u0000va", "ja\uD800va", "ja\uDFFFva"})
    void u0000_and_unpaired_surrogates_are_invalid_as_in_every_text(String raw) {
        assertThatThrownBy(() -> TagName.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void null_is_invalid() {
        assertThatThrownBy(() -> TagName.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Java", " java", "java "})
    void the_constructor_accepts_only_the_normal_form(String notNormal) {
        assertThatThrownBy(() -> new TagName(notNormal)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void names_sort_by_code_point() {
        List<TagName> names = new ArrayList<>(List.of(
                TagName.of("\uD83D\uDE00"), TagName.of("b"), TagName.of("\uFF41"), TagName.of("a"), TagName.of("a b")));

        Collections.sort(names);

        assertThat(names).extracting(TagName::value).containsExactly("a", "a b", "b", "\uFF41", "\uD83D\uDE00");
    }
}
