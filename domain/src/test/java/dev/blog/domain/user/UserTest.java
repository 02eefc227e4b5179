package dev.blog.domain.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class UserTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final Instant LATER = T0.plusSeconds(90);
    private static final UserId ID = new UserId(42);
    private static final Username USERNAME = new Username("alice");
    private static final Email EMAIL = new Email("alice@example.com");
    private static final PasswordHash HASH = new PasswordHash("hash-of-alice");
    private static final FullName FULL_NAME = new FullName("Alice Liddell");
    private static final Bio BIO = new Bio("Went down a rabbit hole.");
    private static final long EPOCH = 0;

    private static User stored() {
        return User.register(USERNAME, EMAIL, HASH, FULL_NAME, BIO, T0).withId(ID);
    }

    @Test
    void register_makes_an_active_user_without_id_created_and_updated_now() {
        User user = User.register(USERNAME, EMAIL, HASH, FULL_NAME, BIO, T0);

        assertThat(user.id()).isNull();
        assertThat(user.isStored()).isFalse();
        assertThat(user.active()).isTrue();
        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.tokenEpoch()).isZero();
        assertThat(user.username()).isEqualTo(USERNAME);
        assertThat(user.email()).isEqualTo(EMAIL);
        assertThat(user.passwordHash()).isEqualTo(HASH);
        assertThat(user.fullName()).isEqualTo(FULL_NAME);
        assertThat(user.bio()).isEqualTo(BIO);
        assertThat(user.createdAt()).isEqualTo(T0);
        assertThat(user.updatedAt()).isEqualTo(T0);
    }

    @Test
    void register_accepts_no_full_name_and_no_bio() {
        User user = User.register(USERNAME, EMAIL, HASH, null, null, T0);

        assertThat(user.fullName()).isNull();
        assertThat(user.bio()).isNull();
    }

    @Test
    void with_id_stores_the_id_and_changes_nothing_else() {
        User unstored = User.register(USERNAME, EMAIL, HASH, FULL_NAME, BIO, T0);

        User withId = unstored.withId(ID);

        assertThat(withId.isStored()).isTrue();
        assertThat(withId.requireId()).isEqualTo(ID);
        assertThat(withId).usingRecursiveComparison().ignoringFields("id").isEqualTo(unstored);
    }

    @Test
    void require_id_on_a_user_that_has_not_been_stored_throws() {
        User unstored = User.register(USERNAME, EMAIL, HASH, FULL_NAME, BIO, T0);

        assertThatThrownBy(unstored::requireId).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void with_id_rejects_null() {
        User unstored = User.register(USERNAME, EMAIL, HASH, FULL_NAME, BIO, T0);

        assertThatThrownBy(() -> unstored.withId(null)).isInstanceOf(NullPointerException.class);
    }

    static Stream<Arguments> changes() {
        Username newUsername = new Username("alice2");
        Email newEmail = new Email("alice2@example.org");
        PasswordHash newHash = new PasswordHash("another-hash");
        FullName newFullName = new FullName("Alice Pleasance Liddell");
        Bio newBio = new Bio("Back again.");
        return Stream.of(
                arguments("username", change((user, now) -> user.rename(newUsername, now)),
                        new User(ID, newUsername, EMAIL, HASH, FULL_NAME, BIO, null, true, Role.USER, EPOCH, T0, LATER, 0)),
                arguments("email", change((user, now) -> user.changeEmail(newEmail, now)),
                        new User(ID, USERNAME, newEmail, HASH, FULL_NAME, BIO, null, true, Role.USER, EPOCH, T0, LATER, 0)),
                arguments("passwordHash", change((user, now) -> user.changePassword(newHash, now)),
                        new User(ID, USERNAME, EMAIL, newHash, FULL_NAME, BIO, null, true, Role.USER, EPOCH + 1, T0, LATER, 0)),
                arguments("fullName", change((user, now) -> user.changeFullName(newFullName, now)),
                        new User(ID, USERNAME, EMAIL, HASH, newFullName, BIO, null, true, Role.USER, EPOCH, T0, LATER, 0)),
                arguments("fullName cleared", change((user, now) -> user.changeFullName(null, now)),
                        new User(ID, USERNAME, EMAIL, HASH, null, BIO, null, true, Role.USER, EPOCH, T0, LATER, 0)),
                arguments("bio", change((user, now) -> user.changeBio(newBio, now)),
                        new User(ID, USERNAME, EMAIL, HASH, FULL_NAME, newBio, null, true, Role.USER, EPOCH, T0, LATER, 0)),
                arguments("bio cleared", change((user, now) -> user.changeBio(null, now)),
                        new User(ID, USERNAME, EMAIL, HASH, FULL_NAME, null, null, true, Role.USER, EPOCH, T0, LATER, 0)),
                arguments("active", change((user, now) -> user.changeActive(false, now)),
                        new User(ID, USERNAME, EMAIL, HASH, FULL_NAME, BIO, null, false, Role.USER, EPOCH + 1, T0, LATER, 0)),
                arguments("role", change((user, now) -> user.changeRole(Role.ADMIN, now)),
                        new User(ID, USERNAME, EMAIL, HASH, FULL_NAME, BIO, null, true, Role.ADMIN, EPOCH, T0, LATER, 0)));
    }

    private static BiFunction<User, Instant, User> change(BiFunction<User, Instant, User> change) {
        return change;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void each_change_changes_only_its_field_and_moves_updated_at(String field, BiFunction<User, Instant, User> change,
                                                                 User expected) {
        User before = stored();

        User after = change.apply(before, LATER);

        assertThat(after).isEqualTo(expected);
        assertThat(after.updatedAt()).isEqualTo(LATER);
        assertThat(after.createdAt()).isEqualTo(T0);
        assertThat(before).as("the original is immutable").isEqualTo(stored());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void a_clock_that_went_backwards_never_moves_updated_at_back(String field,
                                                                 BiFunction<User, Instant, User> change,
                                                                 User expected) {
        User user = stored();

        User after = change.apply(user, T0.minusMillis(1));

        assertThat(after.updatedAt()).isEqualTo(user.updatedAt());
        assertThat(after).isEqualTo(new User(expected.id(), expected.username(), expected.email(),
                expected.passwordHash(), expected.fullName(), expected.bio(), null, expected.active(), expected.role(),
                expected.tokenEpoch(), T0, T0, 0));
    }

    @Test
    void setting_a_field_to_the_value_it_has_changes_nothing() {
        User user = stored();

        assertThat(user.rename(user.username(), LATER)).isSameAs(user);
        assertThat(user.changeEmail(user.email(), LATER)).isSameAs(user);
        assertThat(user.changePassword(user.passwordHash(), LATER)).isSameAs(user);
        assertThat(user.changeFullName(user.fullName(), LATER)).isSameAs(user);
        assertThat(user.changeBio(user.bio(), LATER)).isSameAs(user);
        assertThat(user.changeActive(user.active(), LATER)).isSameAs(user);
        assertThat(user.changeRole(user.role(), LATER)).isSameAs(user);
    }

    @Test
    void updated_at_before_created_at_is_rejected() {
        assertThatThrownBy(() -> new User(ID, USERNAME, EMAIL, HASH, FULL_NAME, BIO, null, true, Role.USER, EPOCH, T0, T0.minusNanos(1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("updatedAt");
    }

    @Test
    void updated_at_equal_to_created_at_is_accepted() {
        assertThat(new User(ID, USERNAME, EMAIL, HASH, FULL_NAME, BIO, null, true, Role.USER, EPOCH, T0, T0, 0).updatedAt()).isEqualTo(T0);
    }

    @Test
    void required_fields_must_not_be_null() {
        assertThatThrownBy(() -> new User(ID, null, EMAIL, HASH, null, null, null, true, Role.USER, EPOCH, T0, T0, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> new User(ID, USERNAME, null, HASH, null, null, null, true, Role.USER, EPOCH, T0, T0, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> new User(ID, USERNAME, EMAIL, null, null, null, null, true, Role.USER, EPOCH, T0, T0, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("passwordHash");
        assertThatThrownBy(() -> new User(ID, USERNAME, EMAIL, HASH, null, null, null, true, null, EPOCH, T0, T0, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("role");
        assertThatThrownBy(() -> new User(ID, USERNAME, EMAIL, HASH, null, null, null, true, Role.USER, EPOCH, null, T0, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("createdAt");
        assertThatThrownBy(() -> new User(ID, USERNAME, EMAIL, HASH, null, null, null, true, Role.USER, EPOCH, T0, null, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("updatedAt");
    }

    @Test
    void a_token_stands_while_its_epoch_is_the_users_and_the_user_is_active() {
        User user = stored();

        assertThat(user.honoursTokensOf(EPOCH)).isTrue();
        assertThat(user.honoursTokensOf(EPOCH + 1)).as("an epoch the user never had").isFalse();
        assertThat(user.revokeTokens().honoursTokensOf(EPOCH)).as("after logging out").isFalse();
        assertThat(user.revokeTokens().honoursTokensOf(EPOCH + 1)).as("a token issued after logging out").isTrue();
        assertThat(user.changePassword(new PasswordHash("new"), LATER).honoursTokensOf(EPOCH)).isFalse();
        assertThat(user.changeActive(false, LATER).honoursTokensOf(EPOCH)).isFalse();
        assertThat(user.changeActive(false, LATER).honoursTokensOf(EPOCH + 1)).as("nobody, while deactivated").isFalse();
    }

    @Test
    void revoking_tokens_is_not_a_change_of_the_profile() {
        User user = stored();

        User loggedOut = user.revokeTokens();

        assertThat(loggedOut.updatedAt()).isEqualTo(user.updatedAt());
        assertThat(loggedOut).usingRecursiveComparison().ignoringFields("tokenEpoch").isEqualTo(user);
    }

    @Test
    void reactivation_and_other_changes_keep_the_tokens() {
        User deactivated = stored().changeActive(false, LATER);

        assertThat(deactivated.changeActive(true, LATER).tokenEpoch()).isEqualTo(deactivated.tokenEpoch());
        assertThat(stored().changeRole(Role.ADMIN, LATER).tokenEpoch()).isEqualTo(EPOCH);
        assertThat(stored().changeEmail(new Email("a@b.example"), LATER).tokenEpoch()).isEqualTo(EPOCH);
    }

    @Test
    void to_string_never_reveals_the_password_hash() {
        User user = stored();

        assertThat(user.toString())
                .doesNotContain(HASH.value())
                .contains("alice");
    }
}
