package dev.blog.testsupport.user;

import dev.blog.domain.user.port.PasswordHasher;

class FakePasswordHasherTest extends PasswordHasherContract {

    private final FakePasswordHasher hasher = new FakePasswordHasher();

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
