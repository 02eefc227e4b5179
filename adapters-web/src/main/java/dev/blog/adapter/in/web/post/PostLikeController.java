package dev.blog.adapter.in.web.post;

import dev.blog.adapter.in.web.access.BearerAuthentication;
import dev.blog.adapter.in.web.problem.CommonProblemResponses;
import dev.blog.application.post.port.in.LikePostCommand;
import dev.blog.application.post.port.in.LikePostUseCase;
import dev.blog.application.post.port.in.UnlikePostCommand;
import dev.blog.application.post.port.in.UnlikePostUseCase;
import dev.blog.domain.access.Actor;
import dev.blog.domain.post.LikeState;
import dev.blog.domain.post.PostId;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's like of one post: a PUT to like, a DELETE to take it back, both idempotent. JDBC blocks, so
 * every call runs on the blocking executor, off the event loop.
 */
@Controller("/api/posts/{id}/like")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@BearerAuthentication
@Tag(name = "posts")
@CommonProblemResponses
public class PostLikeController {

    private final LikePostUseCase like;
    private final UnlikePostUseCase unlike;

    PostLikeController(LikePostUseCase like, UnlikePostUseCase unlike) {
        this.like = like;
        this.unlike = unlike;
    }

    @Put
    @Operation(summary = "Like a post", description = """
            Any user who can see the post. Liking a post one already likes changes nothing; many users liking \
            one post at once lose no like. Takes no body.""")
    @ApiResponse(responseCode = "200", description = "The post's likes, the caller's included")
    @PostNotFound
    LikeResponse likePost(@Parameter(description = "The post's id", example = "42") long id,
            @Parameter(hidden = true) Actor actor) {
        return toResponse(like.like(new LikePostCommand(actor, new PostId(id))));
    }

    @Delete
    @Operation(summary = "Take back a like", description = """
            Taking back a like one has not given changes nothing. Takes no body.""")
    @ApiResponse(responseCode = "200", description = "The post's likes, without the caller's")
    @PostNotFound
    LikeResponse unlikePost(@Parameter(description = "The post's id", example = "42") long id,
            @Parameter(hidden = true) Actor actor) {
        return toResponse(unlike.unlike(new UnlikePostCommand(actor, new PostId(id))));
    }

    private static LikeResponse toResponse(LikeState state) {
        return new LikeResponse(state.likeCount(), state.likedByMe());
    }
}
