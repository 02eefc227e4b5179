package dev.blog.application.access.port.in;

import dev.blog.application.user.port.in.UserView;

public interface LoginUseCase {

    /**
     * Checks the password of the account with this login. Takes the same time whether the account exists
     * or not, and fails the same way for an unknown login, a wrong password and a deactivated account.
     *
     * @return the user (with their follow counts), whose current token epoch the caller's new token must carry
     * @throws dev.blog.domain.access.InvalidCredentialsException when the login fails
     * @throws dev.blog.domain.access.LoginThrottledException after too many failures for the account lately
     */
    UserView login(LoginCommand command);
}
