package dev.blog.domain.access;

import dev.blog.domain.user.Email;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final UserId OWNER_ID = new UserId(1);
    private static final Actor ANONYMOUS = Actor.anonymous();
    private static final Actor OWNER = Actor.user(OWNER_ID, Role.USER);
    private static final Actor OTHER = Actor.user(new UserId(2), Role.USER);
    private static final Actor ADMIN = Actor.user(new UserId(3), Role.ADMIN);

    private static User owner(boolean active) {
        User user = User.register(new Username("owner"), new Email("owner@example.com"), new PasswordHash("h"), null,
                null, T0).withId(OWNER_ID);
        return user.changeActive(active, T0);
    }

    @Nested
    class Actors {

        @Test
        void an_anonymous_caller_is_nobody_and_no_admin() {
            assertThat(ANONYMOUS.isAnonymous()).isTrue();
            assertThat(ANONYMOUS.isAdmin()).isFalse();
            assertThat(ANONYMOUS.is(OWNER_ID)).isFalse();
            assertThat(ANONYMOUS.userId()).isEmpty();
            assertThatThrownBy(ANONYMOUS::requireUserId).isInstanceOf(AuthenticationRequiredException.class);
        }

        @Test
        void a_user_is_themself_and_an_admin_only_with_the_role() {
            assertThat(OWNER.isAnonymous()).isFalse();
            assertThat(OWNER.is(OWNER_ID)).isTrue();
            assertThat(OWNER.isAdmin()).isFalse();
            assertThat(OWNER.requireUserId()).isEqualTo(OWNER_ID);
            assertThat(ADMIN.isAdmin()).isTrue();
            assertThat(ADMIN.is(OWNER_ID)).isFalse();
        }
    }

    @Nested
    class Users {

        @Test
        void an_active_user_is_visible_to_everyone_a_deactivated_one_only_to_admins() {
            assertThat(AccessPolicy.canSee(ANONYMOUS, owner(true))).isTrue();
            assertThat(AccessPolicy.canSee(OTHER, owner(true))).isTrue();
            assertThat(AccessPolicy.canSee(ANONYMOUS, owner(false))).isFalse();
            assertThat(AccessPolicy.canSee(OTHER, owner(false))).isFalse();
            assertThat(AccessPolicy.canSee(OWNER, owner(false))).isFalse();
            assertThat(AccessPolicy.canSee(ADMIN, owner(false))).isTrue();
        }

        @Test
        void private_fields_are_for_the_user_and_admins() {
            assertThat(AccessPolicy.seesPrivateFields(ANONYMOUS, owner(true))).isFalse();
            assertThat(AccessPolicy.seesPrivateFields(OTHER, owner(true))).isFalse();
            assertThat(AccessPolicy.seesPrivateFields(OWNER, owner(true))).isTrue();
            assertThat(AccessPolicy.seesPrivateFields(ADMIN, owner(true))).isTrue();
        }

        @Test
        void the_current_password_is_needed_for_ones_own_account_only() {
            assertThat(AccessPolicy.needsCurrentPassword(OWNER, OWNER_ID)).isTrue();
            assertThat(AccessPolicy.needsCurrentPassword(ADMIN, OWNER_ID)).isFalse();
            assertThat(AccessPolicy.needsCurrentPassword(ADMIN, new UserId(3))).as("an admin's own").isTrue();
        }
    }

    @Nested
    class Ownership {

        @Test
        void owner_and_admin_may_anonymous_must_log_in_others_are_refused() {
            assertThatCode(() -> AccessPolicy.requireOwnerOrAdmin(OWNER, OWNER_ID, "change this")).doesNotThrowAnyException();
            assertThatCode(() -> AccessPolicy.requireOwnerOrAdmin(ADMIN, OWNER_ID, "change this")).doesNotThrowAnyException();
            assertThatThrownBy(() -> AccessPolicy.requireOwnerOrAdmin(ANONYMOUS, OWNER_ID, "change this"))
                    .isInstanceOf(AuthenticationRequiredException.class);
            assertThatThrownBy(() -> AccessPolicy.requireOwnerOrAdmin(OTHER, OWNER_ID, "change this"))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("Only its owner or an admin may change this");
        }

        @Test
        void admin_only_things_refuse_owners_too() {
            assertThatCode(() -> AccessPolicy.requireAdmin(ADMIN, "grant roles")).doesNotThrowAnyException();
            assertThatThrownBy(() -> AccessPolicy.requireAdmin(OWNER, "grant roles"))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Only an admin may grant roles");
            assertThatThrownBy(() -> AccessPolicy.requireAdmin(ANONYMOUS, "grant roles"))
                    .isInstanceOf(AuthenticationRequiredException.class);
        }
    
        @Test
        void a_comment_may_be_deleted_by_its_author_the_posts_author_or_an_admin() {
            UserId commentAuthor = new UserId(40);
            Actor commenter = Actor.user(commentAuthor, Role.USER);
            assertThatCode(() -> AccessPolicy.requireMayDeleteComment(commenter, commentAuthor, OWNER_ID))
                    .doesNotThrowAnyException();
            assertThatCode(() -> AccessPolicy.requireMayDeleteComment(OWNER, commentAuthor, OWNER_ID))
                    .as("the post's author").doesNotThrowAnyException();
            assertThatCode(() -> AccessPolicy.requireMayDeleteComment(ADMIN, commentAuthor, OWNER_ID))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> AccessPolicy.requireMayDeleteComment(OTHER, commentAuthor, OWNER_ID))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("Only the comment's author, the post's author or an admin may delete this comment");
            assertThatThrownBy(() -> AccessPolicy.requireMayDeleteComment(ANONYMOUS, commentAuthor, OWNER_ID))
                    .isInstanceOf(AuthenticationRequiredException.class);
        }
    }
}
