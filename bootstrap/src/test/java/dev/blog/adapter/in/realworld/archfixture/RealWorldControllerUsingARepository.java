package dev.blog.adapter.in.realworld.archfixture;

import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserRepository;

/** Breaks the dependency rule on purpose; see ArchitectureRulesCatchViolationsTest. */
public class RealWorldControllerUsingARepository {

    private final UserRepository users;

    public RealWorldControllerUsingARepository(UserRepository users) {
        this.users = users;
    }

    public boolean exists(long id) {
        return users.existsById(new UserId(id));
    }
}
