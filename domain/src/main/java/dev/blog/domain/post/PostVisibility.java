package dev.blog.domain.post;

import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;

/**
 * Which posts a caller may see: every published post, plus drafts, either all of them (admins) or only
 * their own. What is outside it does not exist for that caller: absent from lists and counts, 404 by id.
 *
 * @param allDrafts  whether every draft is visible (admins)
 * @param draftsOf   whose drafts are visible besides, when not all are
 */
public record PostVisibility(boolean allDrafts, Optional<UserId> draftsOf) {

    private static final PostVisibility EVERYTHING = new PostVisibility(true, Optional.empty());
    private static final PostVisibility PUBLISHED_ONLY = new PostVisibility(false, Optional.empty());

    public PostVisibility {
        Objects.requireNonNull(draftsOf, "draftsOf");
    }

    /** What {@code actor} may see: admins every post, users the published ones and their own drafts. */
    public static PostVisibility of(Actor actor) {
        if (actor.isAdmin()) {
            return EVERYTHING;
        }
        return actor.userId().map(id -> new PostVisibility(false, Optional.of(id))).orElse(PUBLISHED_ONLY);
    }

    /** No restriction: for the store's own bookkeeping and its tests, never for a caller's request. */
    public static PostVisibility everything() {
        return EVERYTHING;
    }

    public boolean includes(UserId author, boolean published) {
        return published || allDrafts || draftsOf.map(author::equals).orElse(false);
    }
}
