package dev.blog.adapter.in.realworld.profile;

import dev.blog.adapter.in.realworld.ConduitApi;
import dev.blog.adapter.in.realworld.ConduitCors;
import dev.blog.adapter.in.realworld.error.ConduitException;
import dev.blog.application.user.port.in.FollowUserCommand;
import dev.blog.application.user.port.in.FollowUserUseCase;
import dev.blog.application.user.port.in.GetUserByUsernameQuery;
import dev.blog.application.user.port.in.GetUserByUsernameUseCase;
import dev.blog.application.user.port.in.UnfollowUserCommand;
import dev.blog.application.user.port.in.UnfollowUserUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Profiles by username, and following them. Following is idempotent, as in the blog API; following oneself is
 * the core's refusal, a 422 here. Hidden from the blog API's OpenAPI document (see ConduitUserController).
 */
@Controller(ConduitApi.PATH + "/profiles/{username}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@CrossOrigin(allowedOriginsRegex = ConduitCors.ANY_ORIGIN, allowedHeaders = {ConduitCors.CONTENT_TYPE,
        ConduitCors.AUTHORIZATION, ConduitCors.REQUESTED_WITH}, allowCredentials = false, maxAge = ConduitCors.MAX_AGE)
@Hidden
public class ConduitProfileController {

    private final GetUserByUsernameUseCase getUser;
    private final FollowUserUseCase follow;
    private final UnfollowUserUseCase unfollow;

    ConduitProfileController(GetUserByUsernameUseCase getUser, FollowUserUseCase follow, UnfollowUserUseCase unfollow) {
        this.getUser = getUser;
        this.follow = follow;
        this.unfollow = unfollow;
    }

    @Get
    ProfileResponse profile(String username, Actor actor) {
        return new ProfileResponse(Profile.of(find(username, actor)));
    }

    /** The body some clients send (the public collection sends one) is not read. */
    @Post("/follow")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ProfileResponse follow(String username, Actor actor) {
        UserId id = find(username, actor).user().requireId();
        return new ProfileResponse(Profile.of(follow.follow(new FollowUserCommand(actor, id))));
    }

    @Delete("/follow")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ProfileResponse unfollow(String username, Actor actor) {
        UserId id = find(username, actor).user().requireId();
        return new ProfileResponse(Profile.of(unfollow.unfollow(new UnfollowUserCommand(actor, id))));
    }

    /** A name that cannot be a username names no profile: 404, like an unknown one. */
    private UserView find(String username, Actor actor) {
        Username name;
        try {
            name = new Username(username);
        } catch (InvalidValueException e) {
            throw ConduitException.notFound("profile");
        }
        return getUser.get(new GetUserByUsernameQuery(actor, name));
    }
}
