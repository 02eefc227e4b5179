package dev.blog.testsupport.user;

import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.User;
import dev.blog.domain.user.Username;

import java.time.Instant;

/** Valid users for tests, varied by one name so that several can be stored side by side. */
public final class Users {

    private Users() {
    }

    public static User newUser(String name, Instant createdAt) {
        return User.register(new Username(name), new Email(name + "@example.com"),
                new PasswordHash("hash-of-" + name), new FullName("Full " + name), new Bio("Bio of " + name),
                createdAt);
    }
}
