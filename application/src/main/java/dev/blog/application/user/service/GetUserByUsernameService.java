package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.GetUserByUsernameQuery;
import dev.blog.application.user.port.in.GetUserByUsernameUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

public final class GetUserByUsernameService implements GetUserByUsernameUseCase {

    private final UserRepository users;
    private final UserFollows follows;
    private final Transactions transactions;

    public GetUserByUsernameService(UserRepository users, UserFollows follows,
                                    Transactions transactions) {
        this.users = users;
        this.follows = follows;
        this.transactions = transactions;
    }

    /**
     * The repository finds users by login, which is a username or an e-mail address: a {@link
     * dev.blog.domain.user.Username} cannot contain '@', which every e-mail address does, so it can only match a
     * username.
     */
    @Override
    public UserView get(GetUserByUsernameQuery query) {
        return transactions.readOnly(() -> users.findByLogin(query.username().value())
                        .filter(found -> found.username().value().equalsIgnoreCase(query.username().value()))
                        .filter(found -> AccessPolicy.canSee(query.actor(), found))
                        .map(user -> UserViews.of(follows, user, query.actor(),
                                AccessPolicy.seesPrivateFields(query.actor(), user))))
                .orElseThrow(() -> new NotFoundException("User", query.username()));
    }
}
