package dev.blog.adapter.in.web.access;

import dev.blog.adapter.in.common.access.AccessTokens;
import dev.blog.adapter.in.web.problem.CommonProblemResponses;
import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.adapter.in.web.user.UserViews;
import dev.blog.application.user.port.in.UserView;
import dev.blog.application.access.port.in.LoginCommand;
import dev.blog.application.access.port.in.LoginUseCase;
import dev.blog.application.access.port.in.LogoutUseCase;
import dev.blog.domain.access.Actor;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.User;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import dev.blog.adapter.in.web.problem.ProblemExamples;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Logging in and out. Password checks are slow by design, so every call runs on the blocking executor. */
@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "auth")
@CommonProblemResponses
public class AuthController {

    private static final String TOKEN_TYPE = "Bearer";

    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final AccessTokens tokens;
    private final UserViews users;

    AuthController(LoginUseCase login, LogoutUseCase logout, AccessTokens tokens, UserViews users) {
        this.login = login;
        this.logout = logout;
        this.tokens = tokens;
        this.users = users;
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Log in", description = """
            `login` is the username or the e-mail address, in any case. Answers an access token to send as \
            `Authorization: Bearer <token>` until it expires (`expiresIn` seconds) or is revoked. An unknown \
            login, a wrong password and a deactivated account get one and the same 401. After 5 failed \
            attempts for one account within 15 minutes (wrong `currentPassword`s of PATCH /api/users/{id} \
            included), further attempts get 429 until the window has passed, on every instance; a success \
            resets the count.""")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "401", description = "Unknown login, wrong password or deactivated account",
            headers = @Header(name = "WWW-Authenticate", description = "Bearer"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.WRONG_LOGIN)))
    @PasswordGuessesThrottled
    LoginResponse login(@Body @Valid LoginRequest request) {
        UserView user = login.login(new LoginCommand(request.login(), new Password(request.password())));
        return new LoginResponse(tokens.issue(user.user()), TOKEN_TYPE, tokens.lifetimeSeconds(),
                users.toPrivateResponse(user));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Log out", description = """
            Every token of the caller issued so far stops working, on every device; a later login works.""")
    @ApiResponse(responseCode = "204", description = "Logged out")
    void logout(@Parameter(hidden = true) Actor actor) {
        logout.logout(actor);
    }
}
