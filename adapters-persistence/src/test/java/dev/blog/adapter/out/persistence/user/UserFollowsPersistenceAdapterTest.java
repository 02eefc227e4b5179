package dev.blog.adapter.out.persistence.user;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.FollowUserCommand;
import dev.blog.application.user.port.in.UnfollowUserCommand;
import dev.blog.application.user.service.FollowUserService;
import dev.blog.application.user.service.UnfollowUserService;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.concurrency.Concurrently;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.user.UserFollowsContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/** The UserFollows contract on PostgreSQL, and follows racing each other through the real use cases. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserFollowsPersistenceAdapterTest extends UserFollowsContract implements TestPropertyProvider {

    @Inject
    UserRepository users;

    @Inject
    UserFollows follows;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @Override
    protected void emptyStores() {
        TestDatabase.get().truncateAllTables();
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected UserFollows follows() {
        return follows;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work::get);
    }

    @Test
    void forty_users_following_and_unfollowing_one_user_at_once_leave_a_count_that_matches_the_follows() throws Exception {
        FollowUserService follow = new FollowUserService(users, follows, transactions, Clock.systemUTC());
        UnfollowUserService unfollow = new UnfollowUserService(users, follows, transactions);
        User star = inTransaction(() -> users.create(newUser("star", T0)));
        List<Actor> fans = IntStream.range(0, 40).mapToObj(i -> Actor.user(
                inTransaction(() -> users.create(newUser("fan" + i, T0))).requireId(), Role.USER)).toList();

        Concurrently.run(fans.stream().<Callable<Object>>map(fan -> () -> follow.follow(
                new FollowUserCommand(fan, star.requireId()))).toList());
        // Every fan follows and unfollows at once; the odd ones follow again: 20 stay.
        Concurrently.run(IntStream.range(0, 80).<Callable<Object>>mapToObj(i -> {
            Actor fan = fans.get(i % 40);
            return i < 40 ? () -> unfollow.unfollow(new UnfollowUserCommand(fan, star.requireId()))
                    : () -> (i % 2 == 1 ? follow.follow(new FollowUserCommand(fan, star.requireId())) : null);
        }).toList());

        FollowCounts counts = inTransaction(() -> follows.countsOf(List.of(star.requireId()), Optional.empty()))
                .get(star.requireId());
        long rows = inTransaction(() -> follows.findFollowers(star.requireId(), true,
                new PageRequest(0, 100)).total());
        assertThat(counts.followerCount()).isEqualTo(rows);
        assertThat(inTransaction(() -> follows.countsOf(fans.stream().map(fan -> fan.userId().orElseThrow()).toList(),
                Optional.empty())).values().stream().mapToLong(FollowCounts::followingCount).sum()).isEqualTo(rows);
    }
}
