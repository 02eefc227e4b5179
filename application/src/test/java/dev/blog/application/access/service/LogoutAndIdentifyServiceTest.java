package dev.blog.application.access.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.domain.access.Actor;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoutAndIdentifyServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final CountingTransactions transactions = new CountingTransactions();
    private final LogoutService logout = new LogoutService(users, transactions);
    private final IdentifyCallerService identify = new IdentifyCallerService(users, transactions);

    @Test
    void a_current_token_identifies_the_user_with_the_role_they_have_now() {
        User ada = users.create(newUser("ada", T0));
        users.update(ada.changeRole(Role.ADMIN, T0));

        assertThat(identify.identify(ada.requireId(), ada.tokenEpoch())).contains(Actor.user(ada.requireId(), Role.ADMIN));
        assertThat(transactions.readWrite()).as("on the primary, which has seen every revocation").isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void after_logout_earlier_tokens_identify_nobody_and_later_ones_work() {
        User ada = users.create(newUser("ada", T0));

        logout.logout(Actor.user(ada.requireId(), Role.USER));

        assertThat(identify.identify(ada.requireId(), ada.tokenEpoch())).isEmpty();
        long current = users.findById(ada.requireId()).orElseThrow().tokenEpoch();
        assertThat(identify.identify(ada.requireId(), current)).isPresent();
    }

    @Test
    void tokens_of_deactivated_and_deleted_users_identify_nobody() {
        User ada = users.create(newUser("ada", T0));
        User grace = users.create(newUser("grace", T0));
        users.update(ada.changeActive(false, T0));
        users.deleteById(grace.requireId());

        assertThat(identify.identify(ada.requireId(), ada.tokenEpoch())).isEmpty();
        assertThat(identify.identify(ada.requireId(), ada.tokenEpoch() + 1)).isEmpty();
        assertThat(identify.identify(grace.requireId(), grace.tokenEpoch())).isEmpty();
        assertThat(identify.identify(new UserId(404), 0)).isEmpty();
    }

    @Test
    void anonymous_callers_cannot_log_out() {
        assertThatThrownBy(() -> logout.logout(Actor.anonymous())).isInstanceOf(AuthenticationRequiredException.class);
    }
}
