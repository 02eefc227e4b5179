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

    boolean existsById(UserId id);

    /** Newest first: {@code createdAt} descending, then id descending, so paging is stable. */
    Page<User> findPage(UserFilter filter, PageRequest page);

    /** @return whether there was such a user */
    boolean deleteById(UserId id);
}
