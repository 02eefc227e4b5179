package dev.blog.testsupport.user;

import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.Follow;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.FollowedUser;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@code UserFollows} must do, the in-memory fake as much as the database adapter. */
public abstract class UserFollowsContract {

    protected static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    protected abstract UserRepository users();

    protected abstract UserFollows follows();

    /** Empties stores that outlive a test; the in-memory fakes are new for every test and need nothing. */
    protected void emptyStores() {
    }

    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private User ada;
    private User bob;
    private User cy;

    @BeforeEach
    void threeUsers() {
        emptyStores();
        ada = inTransaction(() -> users().create(newUser("ada", T0)));
        bob = inTransaction(() -> users().create(newUser("bob", T0)));
        cy = inTransaction(() -> users().create(newUser("cyd", T0)));
    }

    private void follow(User follower, User followee, Instant at) {
        inTransaction(() -> {
            follows().follow(new Follow(follower.requireId(), followee.requireId()), at);
            return null;
        });
    }

    private FollowCounts counts(User user, User viewer) {
        return inTransaction(() -> follows().countsOf(List.of(user.requireId()),
                Optional.ofNullable(viewer).map(User::requireId))).get(user.requireId());
    }

    private Page<FollowedUser> followers(User user, boolean withInactive, PageRequest page) {
        return inTransaction(() -> follows().findFollowers(user.requireId(), withInactive, page));
    }

    @Test
    void a_follow_counts_once_however_often_it_is_given_and_unfollowing_takes_it_back() {
        follow(bob, ada, T0);
        follow(bob, ada, T0.plusSeconds(1));
        follow(cy, ada, T0);

        assertThat(counts(ada, bob)).isEqualTo(new FollowCounts(2, 0, true));
        assertThat(counts(bob, null)).isEqualTo(new FollowCounts(0, 1, false));
        inTransaction(() -> {
            follows().unfollow(new Follow(bob.requireId(), ada.requireId()));
            follows().unfollow(new Follow(bob.requireId(), ada.requireId()));
            return null;
        });
        assertThat(counts(ada, bob)).isEqualTo(new FollowCounts(1, 0, false));
    }

    @Test
    void counts_of_a_whole_page_come_at_once_and_a_user_nobody_follows_counts_nothing() {
        follow(bob, ada, T0);

        assertThat(inTransaction(() -> follows().countsOf(List.of(ada.requireId(), bob.requireId(), cy.requireId()),
                Optional.of(cy.requireId())))).containsEntry(ada.requireId(), new FollowCounts(1, 0, false))
                .containsEntry(bob.requireId(), new FollowCounts(0, 1, false))
                .containsEntry(cy.requireId(), FollowCounts.NONE);
    }

    @Test
    void followers_and_followings_are_listed_newest_follow_first_in_keyset_pages() {
        follow(bob, ada, T0);
        follow(cy, ada, T0.plusSeconds(10));
        follow(ada, cy, T0.plusSeconds(5));

        Page<FollowedUser> first = followers(ada, false, new PageRequest(0, 1));
        Page<FollowedUser> next = followers(ada, false, PageRequest.after(first.next().orElseThrow(), 1));

        assertThat(first.items()).extracting(followed -> followed.user().username().value()).containsExactly("cyd");
        assertThat(first.total()).isEqualTo(2);
        assertThat(next.items()).extracting(followed -> followed.user().username().value()).containsExactly("bob");
        assertThat(inTransaction(() -> follows().findFollowing(ada.requireId(), false, new PageRequest(0, 10))).items())
                .extracting(followed -> followed.user().username().value()).containsExactly("cyd");
    }

    @Test
    void deactivated_followers_are_listed_only_when_asked_and_deleted_users_take_their_follows_with_them() {
        follow(bob, ada, T0);
        follow(cy, ada, T0);
        inTransaction(() -> users().update(inTransaction(() -> users().findById(bob.requireId())).orElseThrow()
                .changeActive(false, T0.plusSeconds(1))));

        assertThat(followers(ada, false, new PageRequest(0, 10)).items()).hasSize(1);
        assertThat(followers(ada, true, new PageRequest(0, 10)).items()).hasSize(2);
        inTransaction(() -> users().deleteById(cy.requireId()));
        assertThat(followers(ada, true, new PageRequest(0, 10)).items())
                .extracting(followed -> followed.user().requireId()).containsExactly(bob.requireId());
        assertThat(counts(ada, null).followerCount()).isEqualTo(1);
        assertThat(inTransaction(() -> follows().countsOf(List.of(new UserId(987_654)), Optional.empty())))
                .containsEntry(new UserId(987_654), FollowCounts.NONE);
    }

    @Test
    void a_user_deactivated_after_following_drops_out_of_both_lists_and_comes_back_when_reactivated() {
        follow(bob, ada, T0);
        follow(ada, bob, T0);
        follow(cy, ada, T0.plusSeconds(1));
        setActive(bob, false);

        assertThat(followers(ada, false, new PageRequest(0, 10)).items())
                .extracting(followed -> followed.user().requireId()).containsExactly(cy.requireId());
        assertThat(followers(ada, false, new PageRequest(0, 10)).total()).isEqualTo(1);
        assertThat(inTransaction(() -> follows().findFollowing(ada.requireId(), false, new PageRequest(0, 10)))
                .total()).isZero();
        assertThat(inTransaction(() -> follows().findFollowing(ada.requireId(), true, new PageRequest(0, 10)))
                .total()).isEqualTo(1);

        setActive(bob, true);
        assertThat(followers(ada, false, new PageRequest(0, 10)).total()).isEqualTo(2);
        assertThat(inTransaction(() -> follows().findFollowing(ada.requireId(), false, new PageRequest(0, 10)))
                .items()).extracting(followed -> followed.user().requireId()).containsExactly(bob.requireId());
    }

    private void setActive(User user, boolean active) {
        inTransaction(() -> users().update(inTransaction(() -> users().findById(user.requireId())).orElseThrow()
                .changeActive(active, T0.plusSeconds(2))));
    }
}
