package dev.blog.adapter.in.web.user;

import io.micronaut.http.annotation.RequestBean;
import dev.blog.adapter.in.web.PageParameters;
import dev.blog.adapter.in.web.access.PasswordGuessesThrottled;
import dev.blog.application.user.port.in.UserView;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.micronaut.http.HttpHeaders;
import dev.blog.adapter.in.web.problem.VersionChecked;
import dev.blog.adapter.in.web.EntityTags;
import dev.blog.adapter.in.web.Cursors;
import dev.blog.adapter.in.web.access.BearerAuthentication;
import dev.blog.adapter.in.web.problem.CommonProblemResponses;
import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.application.user.port.in.DeleteUserCommand;
import dev.blog.application.user.port.in.DeleteUserUseCase;
import dev.blog.application.user.port.in.GetCurrentUserUseCase;
import dev.blog.application.user.port.in.GetUserUseCase;
import dev.blog.application.user.port.in.ListUsersQuery;
import dev.blog.application.user.port.in.ListUsersUseCase;
import dev.blog.application.user.port.in.RegisterUserUseCase;
import dev.blog.application.user.port.in.UpdateUserUseCase;
import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import dev.blog.adapter.in.web.problem.JsonBody;
import dev.blog.adapter.in.web.problem.JsonOrMergePatchBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import java.net.URI;
import java.util.Optional;

/**
 * The Users resource. Who may do what is the core's decision; {@code @Secured} only turns away anonymous
 * callers early where a token is always needed. JDBC blocks, so every call runs on the blocking executor.
 */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users")
@CommonProblemResponses
public class UserController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final RegisterUserUseCase registerUser;
    private final GetUserUseCase getUser;
    private final GetCurrentUserUseCase getCurrentUser;
    private final ListUsersUseCase listUsers;
    private final UpdateUserUseCase updateUser;
    private final DeleteUserUseCase deleteUser;
    private final UserWebMapper mapper;
    private final Cursors cursors;

    UserController(RegisterUserUseCase registerUser, GetUserUseCase getUser, GetCurrentUserUseCase getCurrentUser,
                   ListUsersUseCase listUsers, UpdateUserUseCase updateUser, DeleteUserUseCase deleteUser,
                   UserWebMapper mapper, Cursors cursors) {
        this.registerUser = registerUser;
        this.getUser = getUser;
        this.getCurrentUser = getCurrentUser;
        this.listUsers = listUsers;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
        this.mapper = mapper;
        this.cursors = cursors;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Register a user", description = """
            Anyone may register. Answers 201 with the new user's private view and its Location. `role`, \
            `active` and any other field not listed are refused with a 400 naming the field.""")
    @ApiResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "/api/users/{id}"),
            content = @Content(schema = @Schema(implementation = PrivateUserResponse.class)))
    @ApiResponse(responseCode = "409", description = "The username or email is taken (compared case-insensitively);"
            + " errors[].field names which",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.TAKEN)))
    @JsonBody
    HttpResponse<PrivateUserResponse> registerUser(@Body @Valid RegisterUserRequest request) {
        PrivateUserResponse created = mapper.toPrivateResponse(registerUser.register(mapper.toCommand(request)));
        return HttpResponse.created(created, URI.create("/api/users/" + created.id()));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Operation(summary = "The caller themself", description = "The user the token belongs to, in the private view.")
    @ApiResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = PrivateUserResponse.class)))
    HttpResponse<Object> getCurrentUser(@Parameter(hidden = true) Actor actor) {
        return withETag(getCurrentUser.get(actor));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Get a user", description = """
            The private view (with `email`, `active`, `role`, `updatedAt`) for the user themself and admins, \
            the public view for everybody else. A deactivated user exists only for admins.""")
    @ApiResponse(responseCode = "200", description = "The user", content = @Content(schema = @Schema(
            oneOf = {PublicUserResponse.class, PrivateUserResponse.class})))
    @UserNotFound
    HttpResponse<Object> getUser(
            @Parameter(description = "The user's id", example = "7") long id,
            @Parameter(hidden = true) Actor actor) {
        return withETag(getUser.get(actor, new UserId(id)));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "List users, newest first", description = """
            Active users only, in the public view; admins see the private view and may ask for deactivated \
            users with `active=false` (anyone else using `active` gets 403, or 401 without a token).""")
    @ApiResponse(responseCode = "200", description = "A page of users")
    @ApiResponse(responseCode = "401", description = "`active` without a token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NEEDS_TOKEN)))
    @ApiResponse(responseCode = "403", description = "`active` from a caller who is no admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NOT_ADMIN)))
    UserPageResponse listUsers(
            @RequestBean @Valid PageParameters page,
                                   @Parameter(description = "Admins only: only active users (true) or only deactivated ones"
                                           + " (false)", schema = @Schema(type = "boolean", example = "false"))
                                   @QueryValue @Nullable @Pattern(regexp = "true|false", message = "must be true or false")
                                   String active,
                                   @Parameter(hidden = true) Actor actor) {
        Optional<Boolean> activeFilter = Optional.ofNullable(active).map(Boolean::valueOf);
        Cursors.Scope pages = cursors.of("users", "active=" + activeFilter.orElse(null));
        ListUsersQuery query = new ListUsersQuery(actor, activeFilter, pages.pageRequest(page));
        return UserPageResponse.of(listUsers.list(query), mapper::toResponse, pages);
    }

    @Patch(value = "/{id}", consumes = {MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Operation(summary = "Change a user (JSON merge patch)", description = """
            The user themself or an admin. Absent fields stay unchanged; `null` clears `fullName`, `bio` or `imageUrl` and \
            is invalid for every other field. Changing one's own `password` or `email` needs `currentPassword` \
            (400 without it, 403 when wrong; wrong ones count with failed logins: after 5 within 15 minutes, \
            429); `role` and `active` are for admins (403 for anyone else). A new password or deactivation \
            ends every token of the user.""")
    @PasswordGuessesThrottled
    @ApiResponse(responseCode = "200", description = "The changed user",
            content = @Content(schema = @Schema(implementation = PrivateUserResponse.class)))
    @ApiResponse(responseCode = "403", description = "Not the user themself nor an admin; `role` or `active` from a"
            + " non-admin; a wrong `currentPassword`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NOT_THE_USER)))
    @UserNotFound
    @ApiResponse(responseCode = "409", description = "The new username or email is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.TAKEN)))
    @JsonOrMergePatchBody
    @VersionChecked
    HttpResponse<Object> updateUser(
            @Parameter(description = "The user's id", example = "7") long id,
            @Body @Valid UpdateUserRequest request,
            @Parameter(name = EntityTags.IF_MATCH, in = ParameterIn.HEADER, description = EntityTags.DESCRIPTION,
                    example = "\"3\"") @io.micronaut.http.annotation.Header(EntityTags.IF_MATCH) @Nullable String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        return withETag(updateUser.update(mapper.toCommand(actor, id, request, EntityTags.ifMatch(ifMatch))));
    }

    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a user", description = """
            The user themself or an admin. The user's posts and their tag links go too; tags stay. Every token \
            of the user stops working.""")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "Not the user themself nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NOT_THE_USER)))
    @UserNotFound
    @VersionChecked
    void deleteUser(
            @Parameter(description = "The user's id", example = "7") long id,
            @Parameter(name = EntityTags.IF_MATCH, in = ParameterIn.HEADER, description = EntityTags.DESCRIPTION,
                    example = "\"3\"") @io.micronaut.http.annotation.Header(EntityTags.IF_MATCH) @Nullable String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        deleteUser.delete(new DeleteUserCommand(actor, new UserId(id), EntityTags.ifMatch(ifMatch)));
    }

    /** A single user carries its version as a strong ETag, for If-Match. */
    private HttpResponse<Object> withETag(UserView view) {
        return HttpResponse.ok(mapper.toResponse(view)).header(HttpHeaders.ETAG, EntityTags.of(view.user().version()));
    }
}
