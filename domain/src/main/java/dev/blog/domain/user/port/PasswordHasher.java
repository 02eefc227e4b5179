package dev.blog.domain.user.port;

import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;

/** One-way, salted, deliberately slow hashing of passwords. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    boolean matches(Password password, PasswordHash hash);
}
