package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashTest {

    @Test
    void any_non_blank_text_is_a_hash() {
        assertThat(new PasswordHash("$argon2id$v=19$abc").value()).isEqualTo("$argon2id$v=19$abc");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t", "\n"})
    void null_or_blank_is_invalid(String value) {
        assertThatThrownBy(() -> new PasswordHash(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("passwordHash"));
    }

    @Test
    void to_string_never_reveals_the_hash() {
        PasswordHash hash = new PasswordHash("$argon2id$secret-hash-material");

        assertThat(hash.toString()).doesNotContain("argon2id").doesNotContain("secret-hash-material");
    }
}
