package dev.blog.adapter.in.web.tag;

import jakarta.validation.Valid;
import io.micronaut.http.annotation.RequestBean;
import dev.blog.adapter.in.web.PageParameters;
import dev.blog.domain.access.Actor;
import dev.blog.adapter.in.web.Cursors;
import dev.blog.adapter.in.web.PageResponse;
import dev.blog.adapter.in.web.post.AddTagRequest;
import dev.blog.adapter.in.web.post.PostListItemResponse;
import dev.blog.adapter.in.web.post.PostResponse;
import dev.blog.adapter.in.web.post.PostWebMapper;
import dev.blog.adapter.in.web.problem.CommonProblemResponses;
import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.application.tag.port.in.ListTagPostsQuery;
import dev.blog.application.tag.port.in.ListTagPostsUseCase;
import dev.blog.application.tag.port.in.ListTagsUseCase;
import dev.blog.domain.tag.TagName;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import dev.blog.adapter.in.web.problem.ProblemExamples;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The Tags resource. JDBC blocks, so every call runs on the blocking executor, off the event loop. */
@Controller("/api/tags")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "tags")
@CommonProblemResponses
public class TagController {

    private final ListTagsUseCase listTags;
    private final ListTagPostsUseCase listTagPosts;
    private final TagWebMapper mapper;
    private final PostWebMapper postMapper;
    private final Cursors cursors;

    TagController(ListTagsUseCase listTags, ListTagPostsUseCase listTagPosts, TagWebMapper mapper,
                  PostWebMapper postMapper, Cursors cursors) {
        this.listTags = listTags;
        this.listTagPosts = listTagPosts;
        this.mapper = mapper;
        this.postMapper = postMapper;
        this.cursors = cursors;
    }

    // Ordered by name, not newest first: tags are looked up by name.
    @Get
    @Operation(summary = "List tags by name", description = """
            Every tag with the number of posts carrying it, ordered by name; a tag no post carries any more \
            is listed with 0.""")
    @ApiResponse(responseCode = "200", description = "A page of tags")
    PageResponse<TagUsageResponse> listTags(
            @RequestBean @Valid PageParameters page) {
        Cursors.Scope pages = cursors.of("tags", "");
        return PageResponse.of(listTags.list(pages.pageRequest(page)), mapper::toResponse, pages);
    }

    @Get("/{name}/posts")
    @Operation(summary = "List the posts of a tag, newest first", description = """
            Each post with its author and tags. `/api/tags/Java/posts` finds the tag `java`.""")
    @ApiResponse(responseCode = "200", description = "A page of posts")
    @ApiResponse(responseCode = "404", description = "No such tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NO_SUCH_TAG)))
    PageResponse<PostListItemResponse> listPostsOfTag(@Parameter(description = AddTagRequest.TAG_NAME_RULES, example = "java",
                                             schema = @Schema(type = "string", minLength = 1,
                                                     maxLength = TagName.MAX_LENGTH))
                                     String name,
                                     @Parameter(hidden = true) Actor actor,
            @RequestBean @Valid PageParameters page) {
        TagName tag = TagName.of(name);
        Cursors.Scope pages = cursors.of("tags/" + tag.value() + "/posts", "");
        ListTagPostsQuery query = new ListTagPostsQuery(actor, tag, pages.pageRequest(page));
        return PageResponse.of(listTagPosts.list(query), postMapper::toListResponse, pages);
    }
}
