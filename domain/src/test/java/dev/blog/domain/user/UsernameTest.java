package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 49, 50})
    void a_name_of_3_to_50_characters_is_valid(int length) {
        String value = "u".repeat(length);

        assertThat(new Username(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 51, 200})
    void a_name_shorter_than_3_or_longer_than_50_characters_is_invalid(int length) {
        assertInvalid("u".repeat(length));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "abc",
            "ABC",
            "a_b",
            "a.b",
            "a-b",
            "007",
            "Jane.Doe_42-x",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX"
    })
    void ascii_letters_digits_underscores_dots_and_hyphens_are_allowed(String value) {
        assertThat(new Username(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "with space",
            " abc",
            "abc ",
            "abc@def",
            "abc+def",
            "abc/def",
            "tab\tbed",
            "line\nfeed",
            "jürgen",          // non-ASCII letter
            "p\u0430ypal",     // Cyrillic 'a' that looks like the Latin one
            "\uFF41\uFF42\uFF43",  // full-width letters
            "\u0661\u0662\u0663"   // Arabic-Indic digits
    })
    void anything_but_ascii_letters_digits_and_underscore_dot_hyphen_is_invalid(String value) {
        assertInvalid(value);
    }

    @ParameterizedTest
    @NullSource
    void null_is_invalid(String value) {
        assertInvalid(value);
    }

    private static void assertInvalid(String value) {
        assertThatThrownBy(() -> new Username(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
    }
}
