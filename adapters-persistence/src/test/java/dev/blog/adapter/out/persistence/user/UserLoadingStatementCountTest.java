package dev.blog.adapter.out.persistence.user;

import dev.blog.adapter.out.persistence.StatementCounter;
import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.ListFollowersQuery;
import dev.blog.application.user.port.in.ListUsersQuery;
import dev.blog.application.user.service.ListFollowersService;
import dev.blog.application.user.service.ListUsersService;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.Follow;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loading rule for users: a page of users or of a user's followers, each with follow counts and the
 * caller's followedByMe, costs the same statements for 1 user as for 40. Counted at the DataSource.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserLoadingStatementCountTest implements TestPropertyProvider {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    @Inject
    StatementCounter counter;

    @Inject
    UserRepository users;

    @Inject
    UserFollows follows;

    @Inject
    Transactions transactions;

    private final List<User> stored = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put(StatementCounter.ENABLED, "true");
        return properties;
    }

    /** 41 users: the first is followed by the 40 others, and follows every second one of them back. */
    @BeforeAll
    void usersWhoFollowEachOther() {
        TestDatabase.get().truncateAllTables();
        for (int i = 0; i < 41; i++) {
            String name = "user" + i;
            stored.add(transactions.inTransaction(() -> users.create(newUser(name, T0.plusSeconds(name.length())))));
        }
        User star = stored.get(0);
        for (int i = 1; i < stored.size(); i++) {
            User fan = stored.get(i);
            int n = i;
            transactions.inTransaction(() -> {
                follows.follow(new Follow(fan.requireId(), star.requireId()), T0.plusSeconds(n));
                if (n % 2 == 0) {
                    follows.follow(new Follow(star.requireId(), fan.requireId()), T0.plusSeconds(n));
                }
            });
        }
    }

    private int statements(Runnable useCase) {
        counter.reset();
        useCase.run();
        return counter.statements().size();
    }

    @Test
    void a_page_of_40_users_or_followers_costs_as_many_statements_as_a_page_of_1() {
        Actor star = Actor.user(stored.get(0).requireId(), Role.USER);
        ListUsersService listUsers = new ListUsersService(users, follows, transactions);
        ListFollowersService listFollowers = new ListFollowersService(users, follows, transactions);

        int usersOfOne = statements(() -> listUsers.list(new ListUsersQuery(star, Optional.empty(), new PageRequest(0, 1))));
        int usersOfForty = statements(() -> assertThat(listUsers.list(new ListUsersQuery(star, Optional.empty(),
                new PageRequest(0, 40))).items()).filteredOn(view -> view.follows().followedByMe()).hasSize(20));
        int followersOfOne = statements(() -> listFollowers.list(new ListFollowersQuery(star, star.userId().orElseThrow(),
                new PageRequest(0, 1))));
        int followersOfForty = statements(() -> assertThat(listFollowers.list(new ListFollowersQuery(star,
                star.userId().orElseThrow(), new PageRequest(0, 40))).items()).hasSize(40)
                .allSatisfy(view -> assertThat(view.follows().followingCount()).isEqualTo(1)));

        assertThat(usersOfForty).isEqualTo(usersOfOne).isPositive().isLessThanOrEqualTo(3);
        assertThat(followersOfForty).isEqualTo(followersOfOne).isPositive().isLessThanOrEqualTo(5);
    }
}
