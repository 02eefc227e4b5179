package dev.blog.testsupport.user;

import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.port.PasswordHasher;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Fast and reversible-looking on purpose: only for tests that care that a password was hashed, not how. */
public final class FakePasswordHasher implements PasswordHasher {

    private static final String PREFIX = "fake$";

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(PREFIX + Base64.getEncoder().encodeToString(
                new StringBuilder(password.value()).reverse().toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return hash(password).equals(hash);
    }
}
