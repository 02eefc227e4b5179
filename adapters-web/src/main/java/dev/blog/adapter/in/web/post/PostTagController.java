package dev.blog.adapter.in.web.post;

import io.swagger.v3.oas.annotations.Parameter;
import dev.blog.domain.access.Actor;
import dev.blog.adapter.in.web.access.OwnerOrAdmin;
import dev.blog.adapter.in.web.problem.CommonProblemResponses;
import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.application.post.port.in.AddPostTagCommand;
import dev.blog.application.post.port.in.AddPostTagUseCase;
import dev.blog.application.post.port.in.RemovePostTagCommand;
import dev.blog.application.post.port.in.RemovePostTagUseCase;
import dev.blog.domain.post.PostId;
import dev.blog.domain.tag.TagId;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import dev.blog.adapter.in.web.problem.ProblemExamples;
import dev.blog.adapter.in.web.problem.JsonBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The tags of one post. JDBC blocks, so every call runs on the blocking executor, off the event loop. */
@Controller("/api/posts/{id}/tags")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "posts")
@CommonProblemResponses
public class PostTagController {

    private final AddPostTagUseCase addTag;
    private final RemovePostTagUseCase removeTag;
    private final PostWebMapper mapper;

    PostTagController(AddPostTagUseCase addTag, RemovePostTagUseCase removeTag, PostWebMapper mapper) {
        this.addTag = addTag;
        this.removeTag = removeTag;
        this.mapper = mapper;
    }

    // 200, not 201: the resource changed is the post, and adding a tag it already has changes nothing.
    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @OwnerOrAdmin
    @Operation(summary = "Tag a post", description = """
            Its author or an admin. Creates the tag if it is new; adding a tag the post already has changes nothing. Concurrent adds \
            of the same new name create exactly one tag. A post has at most\s"""
            + dev.blog.domain.post.Post.MAX_TAGS + " tags.")
    @ApiResponse(responseCode = "200", description = "The post with its tags")
    @PostNotFound
    @JsonBody
    PostResponse tagPost(
            @Parameter(description = "The post's id", example = "42") long id,
            @Body @Valid AddTagRequest request, @Parameter(hidden = true) Actor actor) {
        AddPostTagCommand command = new AddPostTagCommand(actor, new PostId(id), mapper.toTagName(request.name()));
        return mapper.toResponse(addTag.addTag(command));
    }

    @Delete("/{tagId}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @OwnerOrAdmin
    @Operation(summary = "Untag a post", description = """
            Its author or an admin. The tag itself stays, even when no post carries it any more.""")
    @ApiResponse(responseCode = "204", description = "Removed, or the post did not carry the tag")
    @ApiResponse(responseCode = "404", description = "No such post or no such tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NO_SUCH_TAG)))
    void untagPost(
            @Parameter(description = "The post's id", example = "42") long id,
            @Parameter(description = "The tag's id, as the post's tags list it", example = "12") long tagId, @Parameter(hidden = true) Actor actor) {
        removeTag.removeTag(new RemovePostTagCommand(actor, new PostId(id), new TagId(tagId)));
    }
}
