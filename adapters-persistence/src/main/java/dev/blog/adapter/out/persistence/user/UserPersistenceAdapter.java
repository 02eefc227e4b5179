package dev.blog.adapter.out.persistence.user;

import dev.blog.adapter.out.persistence.SqlErrorTranslator;
import dev.blog.domain.shared.ConflictException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserFilter;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserRepository;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
final class UserPersistenceAdapter implements UserRepository {

    private static final SqlErrorTranslator UNIQUE_VIOLATIONS = new SqlErrorTranslator(Map.of(
            "users_username_unique", () -> new ConflictException("username", "username is already taken"),
            "users_email_unique", () -> new ConflictException("email", "email is already taken")));

    private final UserRowRepository rows;
    private final UserRowMapper mapper;

    UserPersistenceAdapter(UserRowRepository rows, UserRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public User create(User user) {
        if (user.isStored()) {
            throw new IllegalArgumentException("a new user has no id yet");
        }
        return UNIQUE_VIOLATIONS.translate(() -> mapper.toUser(rows.save(mapper.toRow(user))));
    }

    @Override
    public User update(User user) {
        user.requireId();
        return UNIQUE_VIOLATIONS.translate(() -> mapper.toUser(rows.update(mapper.toRow(user))));
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(mapper::toUser);
    }

    @Override
    public Optional<User> findByIdForUpdate(UserId id) {
        return rows.findByIdForUpdate(id.value()).map(mapper::toUser);
    }

    @Override
    public Optional<User> findByLogin(String login) {
        return rows.findByLogin(login).map(mapper::toUser);
    }

    @Override
    public boolean existsById(UserId id) {
        return rows.existsById(id.value());
    }

    @Override
    public Page<User> findPage(UserFilter filter, PageRequest page) {
        Boolean active = filter.active().orElse(null);
        Optional<Position.AfterTime> after = page.after(Position.AfterTime.class);
        List<User> users = rows.findWindow(active, after.map(Position.AfterTime::createdAt).orElse(null),
                        after.map(Position.AfterTime::id).orElse(null), page.offset(), page.fetchSize())
                .stream().map(mapper::toUser).toList();
        return Page.of(users, page, rows.countMatching(active),
                user -> new Position.AfterTime(user.createdAt(), user.requireId().value()));
    }

    @Override
    public boolean deleteById(UserId id) {
        return rows.deleteById(id.value()) > 0;
    }
}
