package dev.blog.adapter.out.password;

import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void a_hash_is_argon2id_salted_and_verifiable() {
        Password password = new Password("correct horse battery staple");

        PasswordHash first = hasher.hash(password);
        PasswordHash second = hasher.hash(password);

        assertThat(first.value()).startsWith("$argon2id$").doesNotContain(password.value());
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches(password, first)).isTrue();
        assertThat(hasher.matches(new Password("correct horse battery stapler"), first)).isFalse();
    }

    @Test
    void every_character_of_a_long_password_counts() {
        // bcrypt would silently ignore everything after 72 bytes; these differ only in the last character.
        String prefix = "x".repeat(127);
        PasswordHash hash = hasher.hash(new Password(prefix + "a"));

        assertThat(hasher.matches(new Password(prefix + "a"), hash)).isTrue();
        assertThat(hasher.matches(new Password(prefix + "b"), hash)).isFalse();
    }
}
