package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordTest {

    private static final String EMOJI = "\uD83D\uDD11";   // one code point, two UTF-16 units

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 127, 128})
    void from_8_to_128_characters_are_valid(int length) {
        String value = "p".repeat(length);

        assertThat(new Password(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 129, 1000})
    void fewer_than_8_or_more_than_128_characters_are_invalid(int length) {
        assertInvalid("p".repeat(length));
    }

    @Test
    void seven_emoji_are_too_short_although_they_are_fourteen_utf16_units() {
        assertThat(EMOJI.repeat(7)).hasSize(14);

        assertInvalid(EMOJI.repeat(7));
    }

    @Test
    void eight_and_128_emoji_are_valid_although_they_are_16_and_256_utf16_units() {
        assertThat(new Password(EMOJI.repeat(8)).value()).isEqualTo(EMOJI.repeat(8));
        assertThat(new Password(EMOJI.repeat(128)).value()).isEqualTo(EMOJI.repeat(128));
    }

    @Test
    void one_hundred_and_twenty_nine_emoji_are_too_long() {
        assertInvalid(EMOJI.repeat(129));
    }

    @Test
    void null_is_invalid() {
        assertInvalid(null);
    }

    @Test
    void to_string_never_reveals_the_password() {
        Password password = new Password("s3cret-Passw0rd");

        assertThat(password.toString()).doesNotContain("s3cret").doesNotContain("Passw0rd");
    }

    @Test
    void an_invalid_password_is_not_echoed_in_the_error_message() {
        assertThatThrownBy(() -> new Password("short1"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("short1"));
    }

    private static void assertInvalid(String value) {
        assertThatThrownBy(() -> new Password(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("password"));
    }
}
