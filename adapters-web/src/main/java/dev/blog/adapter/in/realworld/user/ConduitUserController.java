package dev.blog.adapter.in.realworld.user;

import dev.blog.adapter.in.common.access.AccessTokens;
import dev.blog.adapter.in.realworld.ConduitApi;
import dev.blog.adapter.in.realworld.ConduitCors;
import dev.blog.adapter.in.realworld.error.ConduitException;
import dev.blog.application.access.port.in.LoginCommand;
import dev.blog.application.access.port.in.LoginUseCase;
import dev.blog.application.shared.Patch;
import dev.blog.application.user.port.in.GetCurrentUserUseCase;
import dev.blog.application.user.port.in.RegisterUserCommand;
import dev.blog.application.user.port.in.RegisterUserUseCase;
import dev.blog.application.user.port.in.UpdateUserCommand;
import dev.blog.application.user.port.in.UpdateUserUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.Actor;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Username;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Optional;
import java.util.function.Function;

/**
 * Registration, login and the current user of the RealWorld API. Every answer carries a token, the same
 * signed token the blog API issues at login. Hidden from the blog API's OpenAPI document: the RealWorld API
 * has its own specification, docs/realworld/openapi.yml, whose error format is not problem+json.
 */
@Controller(ConduitApi.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@CrossOrigin(allowedOriginsRegex = ConduitCors.ANY_ORIGIN, allowedHeaders = {ConduitCors.CONTENT_TYPE,
        ConduitCors.AUTHORIZATION, ConduitCors.REQUESTED_WITH}, allowCredentials = false, maxAge = ConduitCors.MAX_AGE)
@Hidden
public class ConduitUserController {

    private final RegisterUserUseCase register;
    private final LoginUseCase login;
    private final GetCurrentUserUseCase currentUser;
    private final UpdateUserUseCase updateUser;
    private final AccessTokens tokens;

    ConduitUserController(RegisterUserUseCase register, LoginUseCase login, GetCurrentUserUseCase currentUser,
                          UpdateUserUseCase updateUser, AccessTokens tokens) {
        this.register = register;
        this.login = login;
        this.currentUser = currentUser;
        this.updateUser = updateUser;
        this.tokens = tokens;
    }

    /** 201, as the 2.0.0 specification says (the 1.x collection expected 200 and does not check it). */
    @Post("/users")
    HttpResponse<UserResponse> register(@Body @Nullable UserRequests.Registration request) {
        UserRequests.NewUser user = request == null ? null : request.user();
        if (user == null) {
            throw ConduitException.blank(java.util.List.of("user"));
        }
        ConduitException.requireNotBlank("username", user.username(), "email", user.email(),
                "password", user.password());
        UserView registered = register.register(new RegisterUserCommand(new Username(user.username()),
                new Email(user.email()), new Password(user.password()), null, null, null));
        return HttpResponse.status(HttpStatus.CREATED).body(withToken(registered));
    }

    @Post("/users/login")
    UserResponse login(@Body @Nullable UserRequests.Login request) {
        UserRequests.LoginUser user = request == null ? null : request.user();
        if (user == null) {
            throw ConduitException.blank(java.util.List.of("user"));
        }
        ConduitException.requireNotBlank("email", user.email(), "password", user.password());
        return withToken(login.login(new LoginCommand(user.email(), new Password(user.password()))));
    }

    @Get("/user")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UserResponse currentUser(Actor actor) {
        return withToken(currentUser.get(actor));
    }

    /**
     * Only what is sent changes. {@code bio} and {@code image}: {@code null} or {@code ""} clears them.
     * {@code email}, {@code username} and {@code password} cannot be cleared: {@code null} or blank is a 422.
     * The answer carries a new token: a new password ends every earlier one.
     */
    @Put("/user")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UserResponse updateUser(@Body @Nullable UserRequests.Update request, Actor actor) {
        UserRequests.UpdateUser user = request == null ? null : request.user();
        if (user == null) {
            throw ConduitException.blank(java.util.List.of("user"));
        }
        java.util.List<String> blank = new java.util.ArrayList<>();
        for (String field : java.util.List.of("email", "username", "password")) {
            String value = switch (field) {
                case "email" -> user.getEmail();
                case "username" -> user.getUsername();
                default -> user.getPassword();
            };
            if (user.sent(field) && (value == null || value.isBlank())) {
                blank.add(field);
            }
        }
        if (!blank.isEmpty()) {
            throw ConduitException.blank(blank);
        }
        UpdateUserCommand command = new UpdateUserCommand(actor, actor.requireUserId(),
                sent(user, "username", user.getUsername(), Username::new),
                sent(user, "email", user.getEmail(), Email::new),
                sent(user, "password", user.getPassword(), Password::new),
                sent(user, "currentPassword", user.getCurrentPassword(), Password::new),
                Optional.empty(), Optional.empty(), Patch.unchanged(),
                clearable(user, "bio", user.getBio(), Bio::new),
                clearable(user, "image", user.getImage(), ImageUrl::new),
                Optional.empty());
        return withToken(updateUser.update(command));
    }

    private static <T> Optional<T> sent(UserRequests.UpdateUser user, String field, String value,
                                        Function<String, T> parse) {
        return user.sent(field) && value != null ? Optional.of(parse.apply(value)) : Optional.empty();
    }

    /** The specification's rule for bio and image: an empty string is no value, like null. */
    private static <T> Patch<T> clearable(UserRequests.UpdateUser user, String field, String value,
                                          Function<String, T> parse) {
        if (!user.sent(field)) {
            return Patch.unchanged();
        }
        return Patch.to(value == null || value.isEmpty() ? null : parse.apply(value));
    }

    private UserResponse withToken(UserView view) {
        return UserResponse.of(view.user(), tokens.issue(view.user()));
    }
}
