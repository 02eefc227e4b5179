package dev.blog.adapter.in.web.user;

import jakarta.validation.Valid;
import io.micronaut.http.annotation.RequestBean;
import dev.blog.adapter.in.web.PageParameters;
import dev.blog.adapter.in.web.Cursors;
import dev.blog.adapter.in.web.access.BearerAuthentication;
import dev.blog.adapter.in.web.problem.CommonProblemResponses;
import dev.blog.application.user.port.in.FollowUserCommand;
import dev.blog.application.user.port.in.FollowUserUseCase;
import dev.blog.application.user.port.in.ListFollowersQuery;
import dev.blog.application.user.port.in.ListFollowersUseCase;
import dev.blog.application.user.port.in.ListFollowingQuery;
import dev.blog.application.user.port.in.ListFollowingUseCase;
import dev.blog.application.user.port.in.UnfollowUserCommand;
import dev.blog.application.user.port.in.UnfollowUserUseCase;
import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Follows between users: the caller's follow of one user (PUT to follow, DELETE to stop, both idempotent)
 * and the lists of a user's followers and followings. JDBC blocks, so every call runs on the blocking
 * executor, off the event loop.
 */
@Controller("/api/users/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "users")
@CommonProblemResponses
public class UserFollowController {

    private final FollowUserUseCase follow;
    private final UnfollowUserUseCase unfollow;
    private final ListFollowersUseCase followers;
    private final ListFollowingUseCase following;
    private final UserWebMapper mapper;
    private final Cursors cursors;

    UserFollowController(FollowUserUseCase follow, UnfollowUserUseCase unfollow, ListFollowersUseCase followers,
                         ListFollowingUseCase following, UserWebMapper mapper, Cursors cursors) {
        this.follow = follow;
        this.unfollow = unfollow;
        this.followers = followers;
        this.following = following;
        this.mapper = mapper;
        this.cursors = cursors;
    }

    @Put("/follow")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Operation(summary = "Follow a user", description = """
            Following a user one already follows changes nothing; nobody can follow themself (400). Takes no \
            body. Answers the user as the caller sees them, with `followedByMe: true`.""")
    @ApiResponse(responseCode = "200", description = "The followed user",
            content = @Content(schema = @Schema(implementation = PublicUserResponse.class)))
    @UserNotFound
    Object followUser(@Parameter(description = "The id of the user to follow", example = "7") long id, @Parameter(hidden = true) Actor actor) {
        return mapper.toResponse(follow.follow(new FollowUserCommand(actor, new UserId(id))));
    }

    @Delete("/follow")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Operation(summary = "Stop following a user", description = """
            Stopping to follow a user one does not follow changes nothing. Takes no body. Answers the user as \
            the caller sees them, with `followedByMe: false`.""")
    @ApiResponse(responseCode = "200", description = "The user no longer followed",
            content = @Content(schema = @Schema(implementation = PublicUserResponse.class)))
    @UserNotFound
    Object unfollowUser(@Parameter(description = "The id of the user to stop following", example = "7") long id, @Parameter(hidden = true) Actor actor) {
        return mapper.toResponse(unfollow.unfollow(new UnfollowUserCommand(actor, new UserId(id))));
    }

    @Get("/followers")
    @Operation(summary = "List the followers of a user, newest follow first", description = """
            Each with their follow counts and whether the caller follows them; deactivated users only for \
            admins.""")
    @ApiResponse(responseCode = "200", description = "A page of users")
    @UserNotFound
    UserPageResponse listFollowers(@Parameter(description = "The user's id", example = "7") long id,
            @RequestBean @Valid PageParameters page,
            @Parameter(hidden = true) Actor actor) {
        Cursors.Scope pages = cursors.of("users/" + id + "/followers", "");
        return UserPageResponse.of(followers.list(new ListFollowersQuery(actor, new UserId(id),
                pages.pageRequest(page))), mapper::toResponse, pages);
    }

    @Get("/following")
    @Operation(summary = "List the users a user follows, newest follow first", description = """
            Each with their follow counts and whether the caller follows them; deactivated users only for \
            admins.""")
    @ApiResponse(responseCode = "200", description = "A page of users")
    @UserNotFound
    UserPageResponse listFollowing(@Parameter(description = "The user's id", example = "7") long id,
            @RequestBean @Valid PageParameters page,
            @Parameter(hidden = true) Actor actor) {
        Cursors.Scope pages = cursors.of("users/" + id + "/following", "");
        return UserPageResponse.of(following.list(new ListFollowingQuery(actor, new UserId(id),
                pages.pageRequest(page))), mapper::toResponse, pages);
    }
}
