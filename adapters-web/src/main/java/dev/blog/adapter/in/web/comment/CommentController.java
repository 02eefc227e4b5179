package dev.blog.adapter.in.web.comment;

import dev.blog.adapter.in.web.Cursors;
import dev.blog.adapter.in.web.EntityTags;
import dev.blog.adapter.in.web.PageResponse;
import dev.blog.adapter.in.web.PageParameters;
import dev.blog.adapter.in.web.access.BearerAuthentication;
import dev.blog.adapter.in.web.post.PostNotFound;
import dev.blog.adapter.in.web.problem.CommonProblemResponses;
import dev.blog.adapter.in.web.problem.JsonBody;
import dev.blog.adapter.in.web.problem.JsonOrMergePatchBody;
import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.adapter.in.web.problem.ProblemExamples;
import dev.blog.adapter.in.web.problem.VersionChecked;
import dev.blog.application.comment.port.in.AddCommentUseCase;
import dev.blog.application.comment.port.in.DeleteCommentCommand;
import dev.blog.application.comment.port.in.DeleteCommentUseCase;
import dev.blog.application.comment.port.in.GetCommentQuery;
import dev.blog.application.comment.port.in.GetCommentUseCase;
import dev.blog.application.comment.port.in.ListPostCommentsQuery;
import dev.blog.application.comment.port.in.ListPostCommentsUseCase;
import dev.blog.application.comment.port.in.UpdateCommentUseCase;
import dev.blog.domain.access.Actor;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.post.PostId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;

/**
 * The Comments resource: a post's conversation. What a caller may not see of the posts (someone else's
 * draft) hides its comments too: 404. JDBC blocks, so every call runs on the blocking executor.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "comments")
@CommonProblemResponses
public class CommentController {

    private static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final AddCommentUseCase addComment;
    private final GetCommentUseCase getComment;
    private final ListPostCommentsUseCase listComments;
    private final UpdateCommentUseCase updateComment;
    private final DeleteCommentUseCase deleteComment;
    private final CommentWebMapper mapper;
    private final Cursors cursors;

    CommentController(AddCommentUseCase addComment, GetCommentUseCase getComment,
                      ListPostCommentsUseCase listComments, UpdateCommentUseCase updateComment,
                      DeleteCommentUseCase deleteComment, CommentWebMapper mapper, Cursors cursors) {
        this.addComment = addComment;
        this.getComment = getComment;
        this.listComments = listComments;
        this.updateComment = updateComment;
        this.deleteComment = deleteComment;
        this.mapper = mapper;
        this.cursors = cursors;
    }

    @Post("/posts/{id}/comments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Operation(summary = "Comment on a post", description = """
            The caller becomes the comment's author. Answers 201 with the comment and its Location. Anyone \
            who can see the post may comment on it.""")
    @ApiResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", description = "/api/comments/{id}"),
            @Header(name = "ETag", description = "Its version, for If-Match")},
            content = @Content(schema = @Schema(implementation = CommentResponse.class)))
    @PostNotFound
    @JsonBody
    HttpResponse<CommentResponse> addComment(@Parameter(description = "The post's id", example = "42") long id,
                                             @Body @Valid CreateCommentRequest request,
                                             @Parameter(hidden = true) Actor actor) {
        CommentDetails added = addComment.add(mapper.toCommand(actor, id, request));
        return HttpResponse.created(mapper.toResponse(added), URI.create("/api/comments/" + added.id()))
                .header(HttpHeaders.ETAG, EntityTags.of(added.version()));
    }

    @Get("/posts/{id}/comments")
    @Operation(summary = "List the comments on a post, oldest first", description = """
            Each comment with its author. Oldest first (`createdAt`, then `id`), so that a conversation \
            reads in order; a cursor page costs the same at any depth.""")
    @ApiResponse(responseCode = "200", description = "A page of comments")
    @PostNotFound
    PageResponse<CommentResponse> listComments(
            @Parameter(description = "The post's id", example = "42") long id,
            @RequestBean @Valid PageParameters page,
            @Parameter(hidden = true) Actor actor) {
        Cursors.Scope pages = cursors.of("posts/" + id + "/comments", "");
        ListPostCommentsQuery query = new ListPostCommentsQuery(actor, new PostId(id),
                pages.pageRequest(page));
        return PageResponse.of(listComments.list(query), mapper::toResponse, pages);
    }

    @Get("/comments/{id}")
    @Operation(summary = "Get a comment", description = "With its author. A comment on a draft exists only for "
            + "those who may see the draft.")
    @ApiResponse(responseCode = "200", description = "The comment", headers = @Header(
            name = "ETag", description = "Its version, for If-Match"))
    @CommentNotFound
    HttpResponse<CommentResponse> getComment(@Parameter(description = "The comment's id", example = "314") long id,
                                             @Parameter(hidden = true) Actor actor) {
        return withETag(getComment.get(new GetCommentQuery(actor, new CommentId(id))));
    }

    @Patch(value = "/comments/{id}", consumes = {MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Operation(summary = "Change a comment (JSON merge patch)", description = """
            Its author or an admin; not the post's author, who may only delete it. An absent `body` stays \
            unchanged; `null` is invalid.""")
    @ApiResponse(responseCode = "200", description = "The changed comment", headers = @Header(
            name = "ETag", description = "Its new version"))
    @ApiResponse(responseCode = "403", description = "The caller is neither the comment's author nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemExamples.NOT_COMMENT_OWNER)))
    @CommentNotFound
    @JsonOrMergePatchBody
    @VersionChecked
    HttpResponse<CommentResponse> updateComment(
            @Parameter(description = "The comment's id", example = "314") long id,
            @Body @Valid UpdateCommentRequest request,
            @Parameter(name = EntityTags.IF_MATCH, in = ParameterIn.HEADER, description = EntityTags.DESCRIPTION,
                    example = "\"3\"") @io.micronaut.http.annotation.Header(EntityTags.IF_MATCH) @Nullable String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        return withETag(updateComment.update(mapper.toCommand(actor, id, request, EntityTags.ifMatch(ifMatch))));
    }

    @Delete("/comments/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Operation(summary = "Delete a comment", description = "Its author, the author of the post it is on, or an admin.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = """
            The caller is neither the comment's author, nor the post's author, nor an admin""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = ProblemExamples.NOT_COMMENT_MODERATOR)))
    @CommentNotFound
    @VersionChecked
    void deleteComment(
            @Parameter(description = "The comment's id", example = "314") long id,
            @Parameter(name = EntityTags.IF_MATCH, in = ParameterIn.HEADER, description = EntityTags.DESCRIPTION,
                    example = "\"3\"") @io.micronaut.http.annotation.Header(EntityTags.IF_MATCH) @Nullable String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        deleteComment.delete(new DeleteCommentCommand(actor, new CommentId(id), EntityTags.ifMatch(ifMatch)));
    }

    private HttpResponse<CommentResponse> withETag(CommentDetails comment) {
        return HttpResponse.ok(mapper.toResponse(comment)).header(HttpHeaders.ETAG, EntityTags.of(comment.version()));
    }
}
