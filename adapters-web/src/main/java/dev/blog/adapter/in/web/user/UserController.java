package dev.blog.adapter.in.web.user;

import dev.blog.adapter.in.web.PageResponse;
import dev.blog.adapter.in.web.problem.CommonProblemResponses;
import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.application.user.port.in.DeleteUserUseCase;
import dev.blog.application.user.port.in.GetUserUseCase;
import dev.blog.application.user.port.in.ListUsersQuery;
import dev.blog.application.user.port.in.ListUsersUseCase;
import dev.blog.application.user.port.in.RegisterUserUseCase;
import dev.blog.application.user.port.in.UpdateUserUseCase;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.UserFilter;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.net.URI;
import java.util.Optional;

/** The Users resource. JDBC blocks, so every call runs on the blocking executor, off the event loop. */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users")
@CommonProblemResponses
public class UserController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final RegisterUserUseCase registerUser;
    private final GetUserUseCase getUser;
    private final ListUsersUseCase listUsers;
    private final UpdateUserUseCase updateUser;
    private final DeleteUserUseCase deleteUser;
    private final UserWebMapper mapper;

    UserController(RegisterUserUseCase registerUser, GetUserUseCase getUser, ListUsersUseCase listUsers,
                   UpdateUserUseCase updateUser, DeleteUserUseCase deleteUser, UserWebMapper mapper) {
        this.registerUser = registerUser;
        this.getUser = getUser;
        this.listUsers = listUsers;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
        this.mapper = mapper;
    }

    @Post
    @Operation(summary = "Register a user", description = "Answers 201 with the user and its Location.")
    @ApiResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "/api/users/{id}"),
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @ApiResponse(responseCode = "409", description = "The username or email is taken (compared case-insensitively);"
            + " errors[].field names which",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<UserResponse> registerUser(@Body @Valid RegisterUserRequest request) {
        UserResponse created = mapper.toResponse(registerUser.register(mapper.toCommand(request)));
        return HttpResponse.created(created, URI.create("/api/users/" + created.id()));
    }

    @Get("/{id}")
    @Operation(summary = "Get a user")
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "404", description = "No such user",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    UserResponse getUser(long id) {
        return mapper.toResponse(getUser.get(new UserId(id)));
    }

    @Get
    @Operation(summary = "List users, newest first", description = "`active` filters by the active flag.")
    @ApiResponse(responseCode = "200", description = "A page of users")
    PageResponse<UserResponse> listUsers(@QueryValue(defaultValue = "0") @Min(0) int offset,
                                    @QueryValue(defaultValue = "" + PageRequest.DEFAULT_LIMIT)
                                    @Min(1) @Max(PageRequest.MAX_LIMIT) int limit,
                                    @QueryValue @Nullable @Pattern(regexp = "true|false", message = "must be true or false")
                                    String active) {
        ListUsersQuery query = new ListUsersQuery(new UserFilter(Optional.ofNullable(active).map(Boolean::valueOf)),
                new PageRequest(offset, limit));
        return PageResponse.of(listUsers.list(query), mapper::toResponse);
    }

    @Patch(value = "/{id}", consumes = {MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    @Operation(summary = "Change a user (JSON merge patch)", description = """
            Absent fields stay unchanged; `null` clears `fullName` or `bio` and is invalid for every other \
            field. A new `password` is hashed and never shown.""")
    @ApiResponse(responseCode = "200", description = "The changed user")
    @ApiResponse(responseCode = "404", description = "No such user",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The new username or email is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "The body is neither application/json nor application/merge-patch+json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    UserResponse updateUser(long id, @Body @Valid UpdateUserRequest request) {
        return mapper.toResponse(updateUser.update(mapper.toCommand(id, request)));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a user", description = "The user's posts and their tag links go too; tags stay.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such user",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    void deleteUser(long id) {
        deleteUser.delete(new UserId(id));
    }
}
