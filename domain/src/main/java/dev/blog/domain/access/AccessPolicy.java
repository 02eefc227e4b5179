package dev.blog.domain.access;

import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;

/**
 * Who may do what, for every operation: the use cases ask here with the caller they were given. Owners
 * may change and delete what is theirs; an admin may do whatever an owner may; anonymous callers may only
 * read what is public. What a caller may not see does not exist for them (the use case answers "not
 * found"), so that probing ids reveals nothing.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** A deactivated user's profile is visible only to admins. */
    public static boolean canSee(Actor actor, User user) {
        return user.active() || actor.isAdmin();
    }

    /** E-mail, active flag, role and {@code updatedAt}: for the user themself and for admins. */
    public static boolean seesPrivateFields(Actor actor, User user) {
        return actor.is(user.id()) || actor.isAdmin();
    }

    /**
     * Changing or deleting something that belongs to {@code owner}.
     *
     * @throws AuthenticationRequiredException for an anonymous caller
     * @throws AccessDeniedException for anyone but the owner and admins
     */
    public static void requireOwnerOrAdmin(Actor actor, UserId owner, String what) {
        actor.requireUserId();
        if (!actor.is(owner) && !actor.isAdmin()) {
            throw new AccessDeniedException("Only its owner or an admin may " + what);
        }
    }

    /**
     * Deleting a comment: its author, the author of the post it is on (who keeps the conversation under
     * their post civil), or an admin. Changing a comment's words is for its author and admins only.
     *
     * @throws AuthenticationRequiredException for an anonymous caller
     * @throws AccessDeniedException for anyone else
     */
    public static void requireMayDeleteComment(Actor actor, UserId commentAuthor, UserId postAuthor) {
        actor.requireUserId();
        if (!actor.is(commentAuthor) && !actor.is(postAuthor) && !actor.isAdmin()) {
            throw new AccessDeniedException(
                    "Only the comment's author, the post's author or an admin may delete this comment");
        }
    }

    /**
     * Things only admins may do: grant roles, (de)activate users, list deactivated users.
     *
     * @throws AuthenticationRequiredException for an anonymous caller
     * @throws AccessDeniedException for anyone but admins
     */
    public static void requireAdmin(Actor actor, String what) {
        actor.requireUserId();
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Only an admin may " + what);
        }
    }

    /**
     * Changing one's own password or e-mail address needs the current password, so that a stolen token
     * alone cannot take the account over. An admin changing someone else's does not know it.
     */
    public static boolean needsCurrentPassword(Actor actor, UserId target) {
        return actor.is(target);
    }
}
