package dev.blog.testsupport.user;

import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

class InMemoryUserFollowsTest extends UserFollowsContract {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryUserFollows follows = new InMemoryUserFollows(users);

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected UserFollows follows() {
        return follows;
    }
}
