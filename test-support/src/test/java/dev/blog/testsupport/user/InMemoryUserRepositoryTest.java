package dev.blog.testsupport.user;

import dev.blog.domain.user.port.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    private final InMemoryUserRepository repository = new InMemoryUserRepository();

    @Override
    protected UserRepository repository() {
        return repository;
    }
}
