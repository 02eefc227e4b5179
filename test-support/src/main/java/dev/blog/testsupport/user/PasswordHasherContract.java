package dev.blog.testsupport.user;

import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.port.PasswordHasher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@code PasswordHasher} must do, so that the fast fake the use-case tests run on behaves like
 * the real hasher wherever the use cases can tell.
 */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher hasher();

    @Test
    void a_hash_matches_its_password_and_no_other() {
        Password password = new Password("correct horse battery staple");

        PasswordHash hash = hasher().hash(password);

        assertThat(hasher().matches(password, hash)).isTrue();
        assertThat(hasher().matches(new Password("correct horse battery stapler"), hash)).isFalse();
    }

    @Test
    void a_hash_never_contains_the_password() {
        Password password = new Password("correct horse battery staple");

        assertThat(hasher().hash(password).value()).doesNotContain(password.value());
    }

    @Test
    void every_character_of_a_long_password_counts() {
        String prefix = "x".repeat(Password.MAX_LENGTH - 1);
        PasswordHash hash = hasher().hash(new Password(prefix + "a"));

        assertThat(hasher().matches(new Password(prefix + "a"), hash)).isTrue();
        assertThat(hasher().matches(new Password(prefix + "b"), hash)).isFalse();
    }
}
