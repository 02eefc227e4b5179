package dev.blog.testsupport.user;

import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.domain.user.Follow;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.FollowedUser;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.testsupport.Keysets;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** {@link UserFollows} in memory; like the database's foreign keys, a follow goes with either of its users. */
public final class InMemoryUserFollows implements UserFollows {

    private final Map<Follow, Instant> follows = new LinkedHashMap<>();
    private final InMemoryUserRepository users;

    public InMemoryUserFollows(InMemoryUserRepository users) {
        this.users = users;
        users.cascadeDeletionTo(this::forget);
    }

    @Override
    public synchronized void follow(Follow follow, Instant at) {
        follows.putIfAbsent(follow, at);
    }

    @Override
    public synchronized void unfollow(Follow follow) {
        follows.remove(follow);
    }

    @Override
    public synchronized Map<UserId, FollowCounts> countsOf(Collection<UserId> userIds, Optional<UserId> viewer) {
        Map<UserId, FollowCounts> counts = new HashMap<>();
        for (UserId user : userIds) {
            long followers = follows.keySet().stream().filter(follow -> follow.followee().equals(user)).count();
            long following = follows.keySet().stream().filter(follow -> follow.follower().equals(user)).count();
            boolean followedByMe = viewer.filter(me -> !me.equals(user))
                    .map(me -> follows.containsKey(new Follow(me, user))).orElse(false);
            counts.put(user, new FollowCounts(followers, following, followedByMe));
        }
        return counts;
    }

    @Override
    public Page<FollowedUser> findFollowers(UserId user, boolean withInactive, PageRequest page) {
        return pageOf(follow -> follow.followee().equals(user), Follow::follower, withInactive, page);
    }

    @Override
    public Page<FollowedUser> findFollowing(UserId user, boolean withInactive, PageRequest page) {
        return pageOf(follow -> follow.follower().equals(user), Follow::followee, withInactive, page);
    }

    private synchronized Page<FollowedUser> pageOf(Predicate<Follow> ofUser,
                                                   Function<Follow, UserId> other, boolean withInactive,
                                                   PageRequest page) {
        List<FollowedUser> matching = follows.entrySet().stream().filter(entry -> ofUser.test(entry.getKey()))
                .map(entry -> users.findById(other.apply(entry.getKey()))
                        .map(found -> new FollowedUser(found, entry.getValue())))
                .flatMap(Optional::stream)
                .filter(followed -> withInactive || followed.user().active())
                .sorted(Comparator.comparing(FollowedUser::since)
                        .thenComparing(followed -> followed.user().requireId().value()).reversed())
                .toList();
        List<FollowedUser> window = matching.stream()
                .filter(followed -> Keysets.comesAfter(page, followed.since(), followed.user().requireId().value()))
                .skip(page.offset()).limit(page.fetchSize()).toList();
        return Page.of(window, page, matching.size(),
                followed -> new Position.AfterTime(followed.since(), followed.user().requireId().value()));
    }

    /** Whom {@code follower} follows, as the feed of the post queries needs it. */
    public synchronized Set<UserId> followeesOf(UserId follower) {
        return follows.keySet().stream().filter(follow -> follow.follower().equals(follower))
                .map(Follow::followee).collect(Collectors.toSet());
    }

    private synchronized void forget(UserId user) {
        follows.keySet().removeIf(follow -> follow.follower().equals(user) || follow.followee().equals(user));
    }
}
