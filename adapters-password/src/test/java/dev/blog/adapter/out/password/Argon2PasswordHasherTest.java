package dev.blog.adapter.out.password;

import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.testsupport.user.PasswordHasherContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2PasswordHasherTest extends PasswordHasherContract {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(16);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void a_hash_is_argon2id_and_salted() {
        Password password = new Password("correct horse battery staple");

        PasswordHash first = hasher.hash(password);
        PasswordHash second = hasher.hash(password);

        assertThat(first.value()).startsWith("$argon2id$");
        assertThat(first).isNotEqualTo(second);
    }
}
