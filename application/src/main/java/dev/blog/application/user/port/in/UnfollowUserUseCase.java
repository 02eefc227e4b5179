package dev.blog.application.user.port.in;

/** Idempotent: the answer is the user as the caller sees them afterwards, with the follow counts. */
public interface UnfollowUserUseCase {

    UserView unfollow(UnfollowUserCommand command);
}
