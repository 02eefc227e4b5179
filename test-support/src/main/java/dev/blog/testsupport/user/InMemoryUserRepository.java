package dev.blog.testsupport.user;

import dev.blog.domain.shared.ConflictException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.testsupport.Keysets;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserFilter;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserRepository;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** A {@link UserRepository} in memory, held to the same contract as the database adapter. */
public final class InMemoryUserRepository implements UserRepository {

    private static final Comparator<User> NEWEST_FIRST = Comparator.comparing(User::createdAt)
            .thenComparing(user -> user.requireId().value())
            .reversed();

    private final Map<Long, User> users = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final List<Consumer<UserId>> deletionCascades = new CopyOnWriteArrayList<>();

    /** What else goes with a deleted user, as the database's ON DELETE CASCADE does (their posts, say). */
    public void cascadeDeletionTo(Consumer<UserId> cascade) {
        deletionCascades.add(cascade);
    }

    @Override
    public synchronized User create(User user) {
        if (user.isStored()) {
            throw new IllegalArgumentException("a new user has no id yet");
        }
        requireUnique(user, -1);
        User stored = user.withId(new UserId(sequence.incrementAndGet()));
        users.put(stored.requireId().value(), stored);
        return stored;
    }

    @Override
    public synchronized User update(User user) {
        long id = user.requireId().value();
        if (!users.containsKey(id)) {
            throw new IllegalStateException("user " + id + " is not stored");
        }
        requireUnique(user, id);
        User stored = user.withVersion(users.get(id).version() + 1);
        users.put(id, stored);
        return stored;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id.value()));
    }

    @Override
    public Optional<User> findByIdForUpdate(UserId id) {
        // No transactions in memory: nothing to hold. Tests of concurrency run on the database.
        return findById(id);
    }

    @Override
    public Optional<User> findByLogin(String login) {
        String wanted = login.toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(user -> user.username().value().toLowerCase(Locale.ROOT).equals(wanted)
                        || user.email().value().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    @Override
    public boolean existsById(UserId id) {
        return users.containsKey(id.value());
    }

    @Override
    public Page<User> findPage(UserFilter filter, PageRequest page) {
        List<User> matching = users.values().stream()
                .filter(user -> filter.active().map(active -> user.active() == active).orElse(true))
                .sorted(NEWEST_FIRST)
                .toList();
        List<User> window = matching.stream()
                .filter(user -> Keysets.comesAfter(page, user.createdAt(), user.requireId().value()))
                .skip(page.offset()).limit(page.fetchSize()).toList();
        return Page.of(window, page, matching.size(),
                user -> new Position.AfterTime(user.createdAt(), user.requireId().value()));
    }

    @Override
    public synchronized boolean deleteById(UserId id) {
        boolean deleted = users.remove(id.value()) != null;
        if (deleted) {
            deletionCascades.forEach(cascade -> cascade.accept(id));
        }
        return deleted;
    }

    private void requireUnique(User candidate, long ownId) {
        requireUnique(candidate, ownId, "username", user -> user.username().value());
        requireUnique(candidate, ownId, "email", user -> user.email().value());
    }

    private void requireUnique(User candidate, long ownId, String field, Function<User, String> value) {
        String wanted = value.apply(candidate).toLowerCase(Locale.ROOT);
        boolean taken = users.values().stream()
                .anyMatch(other -> other.requireId().value() != ownId
                        && value.apply(other).toLowerCase(Locale.ROOT).equals(wanted));
        if (taken) {
            throw new ConflictException(field, field + " is already taken");
        }
    }
}
