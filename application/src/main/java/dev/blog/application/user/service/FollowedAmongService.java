package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.FollowedAmongQuery;
import dev.blog.application.user.port.in.FollowedAmongUseCase;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

public final class FollowedAmongService implements FollowedAmongUseCase {

    private final UserFollows follows;
    private final Transactions transactions;

    public FollowedAmongService(UserFollows follows, Transactions transactions) {
        this.follows = follows;
        this.transactions = transactions;
    }

    @Override
    public Set<UserId> followedAmong(FollowedAmongQuery query) {
        if (query.actor().isAnonymous() || query.users().isEmpty()) {
            return Set.of();
        }
        return transactions.readOnly(() -> follows.countsOf(query.users(), query.actor().userId()))
                .entrySet().stream()
                .filter(entry -> entry.getValue().followedByMe())
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
