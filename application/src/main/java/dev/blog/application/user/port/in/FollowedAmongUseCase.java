package dev.blog.application.user.port.in;

import dev.blog.domain.user.UserId;

import java.util.Set;

/**
 * Which users of a set (the authors on a page of posts, say) the caller follows: one question for the whole
 * set, so that a page costs the same whatever its size. Empty for an anonymous caller, without asking.
 */
public interface FollowedAmongUseCase {

    Set<UserId> followedAmong(FollowedAmongQuery query);
}
