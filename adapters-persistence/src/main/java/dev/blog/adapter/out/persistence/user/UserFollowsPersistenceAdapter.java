package dev.blog.adapter.out.persistence.user;

import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.domain.user.Follow;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.FollowedUser;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Follows in PostgreSQL. A page of followers costs four statements however long it is: the page's
 * entries, their users in one statement keyed by id, a bounded count, and (by the use case) their counts.
 * Callers run it in a transaction.
 */
@Singleton
final class UserFollowsPersistenceAdapter implements UserFollows {

    private final FollowRepository follows;
    private final UserRowRepository users;
    private final UserRowMapper mapper;

    UserFollowsPersistenceAdapter(FollowRepository follows, UserRowRepository users, UserRowMapper mapper) {
        this.follows = follows;
        this.users = users;
        this.mapper = mapper;
    }

    @Override
    public void follow(Follow follow, Instant at) {
        follows.follow(follow.follower().value(), follow.followee().value(), at);
    }

    @Override
    public void unfollow(Follow follow) {
        follows.unfollow(follow.follower().value(), follow.followee().value());
    }

    @Override
    public Map<UserId, FollowCounts> countsOf(Collection<UserId> userIds, Optional<UserId> viewer) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return follows.findCounts(userIds.stream().map(UserId::value).toArray(Long[]::new),
                        viewer.map(UserId::value).orElse(null)).stream()
                .collect(Collectors.toMap(row -> new UserId(row.userId()),
                        row -> new FollowCounts(row.followerCount(), row.followingCount(), row.followedByMe())));
    }

    @Override
    public Page<FollowedUser> findFollowers(UserId user, boolean withInactive, PageRequest page) {
        Optional<Position.AfterTime> after = page.after(Position.AfterTime.class);
        List<FollowEntryRow> entries = follows.findFollowers(user.value(), withInactive,
                after.map(Position.AfterTime::createdAt).orElse(null), after.map(Position.AfterTime::id).orElse(null),
                page.offset(), page.fetchSize());
        return Page.of(withUsers(entries), page, follows.countFollowers(user.value(), withInactive, Page.COUNT_LIMIT),
                UserFollowsPersistenceAdapter::positionOf);
    }

    @Override
    public Page<FollowedUser> findFollowing(UserId user, boolean withInactive, PageRequest page) {
        Optional<Position.AfterTime> after = page.after(Position.AfterTime.class);
        List<FollowEntryRow> entries = follows.findFollowing(user.value(), withInactive,
                after.map(Position.AfterTime::createdAt).orElse(null), after.map(Position.AfterTime::id).orElse(null),
                page.offset(), page.fetchSize());
        return Page.of(withUsers(entries), page, follows.countFollowing(user.value(), withInactive, Page.COUNT_LIMIT),
                UserFollowsPersistenceAdapter::positionOf);
    }

    private List<FollowedUser> withUsers(List<FollowEntryRow> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, User> byId = users.findByIdIn(entries.stream().map(FollowEntryRow::userId).toList()).stream()
                .map(mapper::toUser).collect(Collectors.toMap(found -> found.requireId().value(), Function.identity()));
        return entries.stream().map(entry -> new FollowedUser(byId.get(entry.userId()), entry.since())).toList();
    }

    private static Position positionOf(FollowedUser followed) {
        return new Position.AfterTime(followed.since(), followed.user().requireId().value());
    }
}
