package dev.blog.testsupport.user;

import dev.blog.domain.shared.ConflictException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserFilter;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import dev.blog.domain.user.port.UserRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@code UserRepository} must do. Subclasses provide an empty repository before each test;
 * running the same contract against the in-memory fake and the database adapter keeps the fake honest.
 */
public abstract class UserRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    protected abstract UserRepository repository();

    /** Runs {@code work} the way the application would, inside a transaction where the adapter needs one. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private User create(User user) {
        return inTransaction(() -> repository().create(user));
    }

    @Test
    void create_assigns_an_id_and_keeps_every_field() {
        User stored = create(newUser("alice", T0));

        assertThat(stored.isStored()).isTrue();
        Optional<User> found = repository().findById(stored.requireId());
        assertThat(found).contains(stored);
        assertThat(found.get().fullName()).isNotNull();
        assertThat(found.get().bio()).isNotNull();
        assertThat(found.get().active()).isTrue();
        assertThat(found.get().createdAt()).isEqualTo(T0);
    }

    @Test
    void optional_fields_may_be_absent() {
        User user = newUser("bob", T0).changeFullName(null, T0).changeBio(null, T0);

        User stored = create(user);

        assertThat(repository().findById(stored.requireId())).hasValueSatisfying(found -> {
            assertThat(found.fullName()).isNull();
            assertThat(found.bio()).isNull();
        });
    }

    @Test
    void ids_are_distinct() {
        User first = create(newUser("first", T0));
        User second = create(newUser("second", T0));

        assertThat(first.requireId()).isNotEqualTo(second.requireId());
    }

    @Test
    void a_taken_username_is_a_conflict_on_username_whatever_its_case() {
        create(newUser("carol", T0));
        User sameName = newUser("other", T0).rename(new Username("CAROL"), T0);

        assertThatThrownBy(() -> create(sameName))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void a_taken_email_is_a_conflict_on_email_whatever_its_case() {
        create(newUser("dave", T0));
        User sameEmail = newUser("other", T0).changeEmail(new Email("DAVE@Example.COM"), T0);

        assertThatThrownBy(() -> create(sameEmail))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void update_replaces_the_stored_state() {
        User stored = create(newUser("erin", T0));
        Instant later = T0.plusSeconds(60);
        User changed = stored.rename(new Username("erin2"), later).changeActive(false, later).changeBio(null, later);

        User updated = inTransaction(() -> repository().update(changed));

        assertThat(updated.version()).isEqualTo(stored.version() + 1);
        assertThat(repository().findById(stored.requireId())).contains(changed.withVersion(stored.version() + 1));
    }

    @Test
    void update_to_a_taken_email_is_a_conflict_and_changes_nothing() {
        create(newUser("frank", T0));
        User grace = create(newUser("grace", T0));
        User clash = grace.changeEmail(new Email("Frank@example.com"), T0.plusSeconds(1));

        assertThatThrownBy(() -> inTransaction(() -> repository().update(clash)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(repository().findById(grace.requireId())).contains(grace);
    }

    @Test
    void a_user_may_keep_their_own_username_in_another_case() {
        User stored = create(newUser("heidi", T0));
        User renamed = stored.rename(new Username("HEIDI"), T0.plusSeconds(1));

        assertThat(inTransaction(() -> repository().update(renamed)).username()).isEqualTo(new Username("HEIDI"));
    }

    @Test
    void role_and_token_epoch_are_stored() {
        User stored = create(newUser("judy", T0));
        User changed = stored.changeRole(Role.ADMIN, T0.plusSeconds(1)).revokeTokens().revokeTokens();

        inTransaction(() -> repository().update(changed));

        assertThat(repository().findById(stored.requireId())).hasValueSatisfying(found -> {
            assertThat(found.role()).isEqualTo(Role.ADMIN);
            assertThat(found.tokenEpoch()).isEqualTo(2);
        });
        assertThat(stored.role()).isEqualTo(Role.USER);
        assertThat(stored.tokenEpoch()).isZero();
    }

    @Test
    void find_by_login_matches_username_or_email_whatever_its_case() {
        User kim = create(newUser("kim", T0));
        create(newUser("kimberly", T0));

        assertThat(repository().findByLogin("kim")).contains(kim);
        assertThat(repository().findByLogin("KIM")).contains(kim);
        assertThat(repository().findByLogin("Kim@Example.com")).contains(kim);
        assertThat(repository().findByLogin("ki")).isEmpty();
        assertThat(repository().findByLogin("nobody@example.com")).isEmpty();
    }

    @Test
    void find_by_unknown_id_is_empty() {
        assertThat(repository().findById(new UserId(987_654))).isEmpty();
        assertThat(repository().existsById(new UserId(987_654))).isFalse();
    }

    @Test
    void pages_are_newest_first_with_the_id_breaking_ties() {
        User old = create(newUser("old", T0));
        User tieA = create(newUser("tie_a", T0.plusSeconds(10)));
        User tieB = create(newUser("tie_b", T0.plusSeconds(10)));
        User newest = create(newUser("newest", T0.plusSeconds(20)));

        Page<User> all = repository().findPage(UserFilter.all(), new PageRequest(0, 10));

        assertThat(all.items()).containsExactly(newest, tieB, tieA, old);
        assertThat(all.total()).isEqualTo(4);
    }

    @Test
    void a_page_is_a_window_and_still_counts_everything() {
        for (int i = 0; i < 5; i++) {
            create(newUser("user" + i, T0.plusSeconds(i)));
        }

        Page<User> page = repository().findPage(UserFilter.all(), new PageRequest(1, 2));

        assertThat(page.items()).extracting(user -> user.username().value()).containsExactly("user3", "user2");
        assertThat(page.offset()).contains(1);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.totalExact()).isTrue();
        assertThat(repository().findPage(UserFilter.all(), new PageRequest(10, 2)).items()).isEmpty();
    }

    @Test
    void a_keyset_page_starts_right_after_the_position_of_the_previous_page() {
        for (int i = 0; i < 5; i++) {
            create(newUser("user" + i, T0.plusSeconds(i / 2)));
        }

        Page<User> first = repository().findPage(UserFilter.all(), new PageRequest(0, 2));
        Page<User> second = repository().findPage(UserFilter.all(), PageRequest.after(first.next().orElseThrow(), 2));
        Page<User> third = repository().findPage(UserFilter.all(), PageRequest.after(second.next().orElseThrow(), 2));

        assertThat(first.items()).extracting(user -> user.username().value()).containsExactly("user4", "user3");
        assertThat(second.items()).extracting(user -> user.username().value()).containsExactly("user2", "user1");
        assertThat(third.items()).extracting(user -> user.username().value()).containsExactly("user0");
        assertThat(second.offset()).isEmpty();
        assertThat(third.next()).isEmpty();
    }

    @Test
    void the_active_filter_selects_and_counts() {
        create(newUser("active1", T0));
        User inactive = create(newUser("inactive1", T0));
        inTransaction(() -> repository().update(inactive.changeActive(false, T0.plusSeconds(1))));

        Page<User> inactiveOnly = repository().findPage(new UserFilter(Optional.of(false)), new PageRequest(0, 10));
        Page<User> activeOnly = repository().findPage(new UserFilter(Optional.of(true)), new PageRequest(0, 10));

        assertThat(inactiveOnly.items()).extracting(user -> user.username().value()).containsExactly("inactive1");
        assertThat(inactiveOnly.total()).isEqualTo(1);
        assertThat(activeOnly.items()).extracting(user -> user.username().value()).containsExactly("active1");
    }

    @Test
    void totals_follow_registrations_deactivations_and_deletions() {
        User ann = create(newUser("ann", T0));
        User bob = create(newUser("bob", T0));
        create(newUser("cyd", T0));
        inTransaction(() -> repository().update(bob.changeActive(false, T0.plusSeconds(1))));
        inTransaction(() -> repository().deleteById(ann.requireId()));

        assertThat(repository().findPage(new UserFilter(Optional.empty()), new PageRequest(0, 1)).total()).isEqualTo(2);
        assertThat(repository().findPage(new UserFilter(Optional.of(true)), new PageRequest(0, 1)).total()).isEqualTo(1);
        assertThat(repository().findPage(new UserFilter(Optional.of(false)), new PageRequest(0, 1)).total())
                .isEqualTo(1);
    }

    @Test
    void delete_removes_and_tells_whether_there_was_anything() {
        User stored = create(newUser("ivan", T0));

        assertThat(inTransaction(() -> repository().deleteById(stored.requireId()))).isTrue();
        assertThat(repository().findById(stored.requireId())).isEmpty();
        assertThat(inTransaction(() -> repository().deleteById(stored.requireId()))).isFalse();
    }
}
