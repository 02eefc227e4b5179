package dev.blog.domain.user.port;

import dev.blog.domain.shared.ConflictException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserFilter;
import dev.blog.domain.user.UserId;

import java.util.Optional;

/** Where users live. Usernames and e-mail addresses are unique, compared case-insensitively. */
public interface UserRepository {

    /**
     * Stores a user that has no id yet and returns it with the id the store assigned.
     *
     * @throws ConflictException naming {@code username} or {@code email} when that value is taken
     */
    User create(User user);

    /**
     * Replaces the stored state of an existing user.
     *
     * @throws ConflictException naming {@code username} or {@code email} when that value is taken
     */
    User update(User user);

    Optional<User> findById(UserId id);

    /**
     * Like {@link #findById(UserId)}, and keeps every other change of the user waiting until the
     * surrounding transaction ends: for read-modify-write, so that no concurrent change (a logout's token
     * revocation, say) is overwritten with what was read before it.
     */
    Optional<User> findByIdForUpdate(UserId id);

    /** The user whose username or e-mail address is {@code login}, compared case-insensitively. */
    Optional<User> findByLogin(String login);

    boolean existsById(UserId id);

    /** Newest first: {@code createdAt} descending, then id descending, so paging is stable. */
    Page<User> findPage(UserFilter filter, PageRequest page);

    /** @return whether there was such a user */
    boolean deleteById(UserId id);
}
