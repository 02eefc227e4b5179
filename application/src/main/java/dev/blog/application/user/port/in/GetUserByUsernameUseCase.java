package dev.blog.application.user.port.in;

/**
 * A user by their username, for surfaces that name users that way (the RealWorld API's profiles and its
 * {@code author} and {@code favorited} filters).
 */
public interface GetUserByUsernameUseCase {

    /** @throws dev.blog.domain.shared.NotFoundException when there is no such user or the caller may not see them */
    UserView get(GetUserByUsernameQuery query);
}
