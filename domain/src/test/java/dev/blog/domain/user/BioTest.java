package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BioTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1999, 2000})
    void up_to_2000_characters_are_valid(int length) {
        String value = "b".repeat(length);

        assertThat(new Bio(value).value()).isEqualTo(value);
    }

    @Test
    void characters_are_counted_as_code_points_not_utf16_units() {
        String emoji2000 = "\uD83D\uDE00".repeat(2000);   // 4000 UTF-16 units

        assertThat(new Bio(emoji2000).value()).isEqualTo(emoji2000);
        assertInvalid("\uD83D\uDE00".repeat(2001));
    }

    @Test
    void more_than_2000_characters_are_invalid() {
        assertInvalid("b".repeat(2001));
    }

    @Test
    void null_is_invalid() {
        assertInvalid(null);
    }

    private static void assertInvalid(String value) {
        assertThatThrownBy(() -> new Bio(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("bio"));
    }
}
