package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FullNameTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 99, 100})
    void up_to_100_characters_are_valid(int length) {
        String value = "n".repeat(length);

        assertThat(new FullName(value).value()).isEqualTo(value);
    }

    @Test
    void characters_are_counted_as_code_points_not_utf16_units() {
        String hundredEmoji = "\uD83D\uDE00".repeat(100);   // 200 UTF-16 units

        assertThat(new FullName(hundredEmoji).value()).isEqualTo(hundredEmoji);
        assertInvalid("\uD83D\uDE00".repeat(101));
    }

    @Test
    void names_from_any_script_are_valid() {
        assertThat(new FullName("Jürgen Ñúñez 王小明").value()).isEqualTo("Jürgen Ñúñez 王小明");
    }

    @Test
    void more_than_100_characters_are_invalid() {
        assertInvalid("n".repeat(101));
    }

    @Test
    void null_is_invalid() {
        assertInvalid(null);
    }

    private static void assertInvalid(String value) {
        assertThatThrownBy(() -> new FullName(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("fullName"));
    }
}
