package dev.blog.adapter.in.web.post;

import io.micronaut.http.annotation.RequestBean;
import dev.blog.adapter.in.web.PageParameters;
import dev.blog.domain.post.PostDetails;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.micronaut.http.HttpHeaders;
import dev.blog.adapter.in.web.problem.VersionChecked;
import dev.blog.adapter.in.web.EntityTags;
import dev.blog.application.post.port.in.RecordViewCommand;
import dev.blog.application.post.port.in.DeletePostCommand;
import dev.blog.application.post.port.in.GetFeedQuery;
import dev.blog.application.post.port.in.GetFeedUseCase;
import dev.blog.application.post.port.in.GetPostBySlugQuery;
import dev.blog.application.post.port.in.GetPostBySlugUseCase;
import dev.blog.application.post.port.in.GetPostQuery;
import dev.blog.domain.access.Actor;
import dev.blog.adapter.in.web.access.OwnerOrAdmin;
import dev.blog.adapter.in.web.access.BearerAuthentication;
import dev.blog.domain.post.PostFilter;
import dev.blog.adapter.in.web.Cursors;
import dev.blog.adapter.in.web.PageResponse;
import dev.blog.adapter.in.web.problem.CommonProblemResponses;
import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.application.post.port.in.CreatePostUseCase;
import dev.blog.application.post.port.in.DeletePostUseCase;
import dev.blog.application.post.port.in.GetPostUseCase;
import dev.blog.application.post.port.in.ListPostsQuery;
import dev.blog.application.post.port.in.ListPostsUseCase;
import dev.blog.application.post.port.in.ListUserPostsQuery;
import dev.blog.application.post.port.in.ListUserPostsUseCase;
import dev.blog.application.post.port.in.RecordViewUseCase;
import dev.blog.application.post.port.in.UpdatePostUseCase;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.Slug;
import dev.blog.domain.tag.TagName;
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

import java.net.URI;

/**
 * The Posts resource, including the posts of one user. JDBC blocks, so every call runs on the blocking
 * executor, off the event loop.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "posts")
@CommonProblemResponses
public class PostController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final CreatePostUseCase createPost;
    private final GetPostUseCase getPost;
    private final GetPostBySlugUseCase getPostBySlug;
    private final GetFeedUseCase getFeed;
    private final ListPostsUseCase listPosts;
    private final ListUserPostsUseCase listUserPosts;
    private final UpdatePostUseCase updatePost;
    private final DeletePostUseCase deletePost;
    private final RecordViewUseCase recordView;
    private final PostWebMapper mapper;
    private final Cursors cursors;

    PostController(CreatePostUseCase createPost, GetPostUseCase getPost, GetPostBySlugUseCase getPostBySlug,
                   GetFeedUseCase getFeed, ListPostsUseCase listPosts,
                   ListUserPostsUseCase listUserPosts, UpdatePostUseCase updatePost, DeletePostUseCase deletePost,
                   RecordViewUseCase recordView, PostWebMapper mapper, Cursors cursors) {
        this.createPost = createPost;
        this.getPost = getPost;
        this.getPostBySlug = getPostBySlug;
        this.getFeed = getFeed;
        this.listPosts = listPosts;
        this.listUserPosts = listUserPosts;
        this.updatePost = updatePost;
        this.deletePost = deletePost;
        this.recordView = recordView;
        this.mapper = mapper;
        this.cursors = cursors;
    }

    @Post("/posts")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Operation(summary = "Write a post", description = """
            The caller becomes its author. Answers 201 with the post and its Location. `published` defaults \
            to false (a draft, visible only to its author and admins), `tags` to none; tag names are trimmed \
            and lower-cased, and duplicates after that count once.""")
    @ApiResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "/api/posts/{id}"),
            content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @JsonBody
    HttpResponse<PostResponse> createPost(@Body @Valid CreatePostRequest request, @Parameter(hidden = true) Actor actor) {
        PostResponse created = mapper.toResponse(createPost.create(mapper.toCommand(actor, request)));
        return HttpResponse.created(created, URI.create("/api/posts/" + created.id()));
    }

    @Get("/users/{userId}/posts")
    @Operation(summary = "List the posts of a user, newest first", description = """
            Each post with its author and tags, without its content; drafts only for their author and admins.""")
    @ApiResponse(responseCode = "200", description = "A page of posts")
    @ApiResponse(responseCode = "404", description = "No such user",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NO_SUCH_USER)))
    PageResponse<PostListItemResponse> listPostsOfUser(
            @Parameter(description = "The user's id", example = "7") long userId,
            @RequestBean @Valid PageParameters page,
            @Parameter(hidden = true) Actor actor) {
        Cursors.Scope pages = cursors.of("users/" + userId + "/posts", "");
        ListUserPostsQuery query = new ListUserPostsQuery(actor, new UserId(userId),
                pages.pageRequest(page));
        return PageResponse.of(listUserPosts.list(query), mapper::toListResponse, pages);
    }

    @Get("/posts/{id}")
    @Operation(summary = "Get a post", description = """
            With its content, summary, author and tags (sorted by name). A draft exists only for its author \
            and admins.""")
    @ApiResponse(responseCode = "200", description = "The post", headers = @Header(
            name = "ETag", description = "Its version, for If-Match"))
    @PostNotFound
    HttpResponse<PostResponse> getPost(
            @Parameter(description = "The post's id", example = "42") long id,
            @Parameter(hidden = true) Actor actor) {
        return withETag(getPost.get(new GetPostQuery(actor, new PostId(id))));
    }

    @Get("/posts/slug/{slug}")
    @Operation(summary = "Get a post by its slug", description = """
            As GET /api/posts/{id}. A slug is lower-case letters and digits in words joined by single \
            hyphens (at most 100 characters): anything else is a 400 naming `slug`.""")
    @ApiResponse(responseCode = "200", description = "The post", headers = @Header(
            name = "ETag", description = "Its version, for If-Match"))
    @ApiResponse(responseCode = "404", description = "No post has this slug, or it is a draft of someone else",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = ProblemExamples.NO_SUCH_SLUG)))
    HttpResponse<PostResponse> getPostBySlug(@Parameter(example = "hello-micronaut") String slug,
                                             @Parameter(hidden = true) Actor actor) {
        return withETag(getPostBySlug.get(new GetPostBySlugQuery(actor, new Slug(slug))));
    }

    @Get("/feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @BearerAuthentication
    @Operation(summary = "The caller's feed, newest first", description = """
            The published posts of the users the caller follows, each as in the list of posts. A page costs \
            the same however many posts there are.""")
    @ApiResponse(responseCode = "200", description = "A page of posts")
    PageResponse<PostListItemResponse> getFeed(
            @RequestBean @Valid PageParameters page,
            @Parameter(hidden = true) Actor actor) {
        // The feed of one user: its cursors are bound to the caller, so one user's cursor fails on another's feed.
        Cursors.Scope pages = cursors.of("feed", "follower=" + actor.userId().map(UserId::value).orElse(null));
        return PageResponse.of(getFeed.feed(new GetFeedQuery(actor, pages.pageRequest(page))),
                mapper::toListResponse, pages);
    }

    @Get("/posts")
    @Operation(summary = "List posts, newest first", description = """
            Each post with its author and tags, without its content: the published posts, plus the caller's \
            own drafts (every draft for admins); `published=false` narrows to the drafts the caller may see. \
            The filters combine; a filter matching nothing gives an empty page, not a 404.""")
    @ApiResponse(responseCode = "200", description = "A page of posts")
    PageResponse<PostListItemResponse> listPosts(
            @RequestBean @Valid PageParameters page,
                                    @Parameter(description = "Only the posts of this user", example = "7")
                                    @QueryValue @Nullable Long authorId,
                                    @Parameter(description = "Only the posts carrying this tag. "
                                            + AddTagRequest.TAG_NAME_RULES,
                                            example = "java", schema = @Schema(type = "string", minLength = 1,
                                                    maxLength = TagName.MAX_LENGTH))
                                    @QueryValue @Nullable String tag,
                                    @Parameter(description = "Only published posts (true) or only drafts (false)",
                                            schema = @Schema(type = "boolean", example = "true"))
                                    @QueryValue @Nullable String published,
                                    @Parameter(description = "Only the posts this user likes", example = "1")
                                    @QueryValue @Nullable Long likedBy,
                                    @Parameter(hidden = true) Actor actor) {
        PostFilter filter = mapper.toFilter(authorId, tag, published, likedBy);
        Cursors.Scope pages = cursors.of("posts", "authorId=" + filter.authorId().map(UserId::value).orElse(null)
                + "&tag=" + filter.tag().map(TagName::value).orElse(null)
                + "&published=" + filter.published().orElse(null)
                + "&likedBy=" + filter.likedBy().map(UserId::value).orElse(null));
        ListPostsQuery query = new ListPostsQuery(actor, filter, pages.pageRequest(page));
        return PageResponse.of(listPosts.list(query), mapper::toListResponse, pages);
    }

    @Patch(value = "/posts/{id}", consumes = {MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @OwnerOrAdmin
    @Operation(summary = "Change a post (JSON merge patch)", description = """
            Its author or an admin. Absent fields stay unchanged; `null` removes the summary and is invalid \
            for every other field. `tags` replaces the whole set \
            (`[]` removes them all).""")
    @ApiResponse(responseCode = "200", description = "The changed post")
    @PostNotFound
    @JsonOrMergePatchBody
    @VersionChecked
    HttpResponse<PostResponse> updatePost(
            @Parameter(description = "The post's id", example = "42") long id,
            @Body @Valid UpdatePostRequest request,
            @Parameter(name = EntityTags.IF_MATCH, in = ParameterIn.HEADER, description = EntityTags.DESCRIPTION,
                    example = "\"3\"") @io.micronaut.http.annotation.Header(EntityTags.IF_MATCH) @Nullable String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        return withETag(updatePost.update(mapper.toCommand(actor, id, request, EntityTags.ifMatch(ifMatch))));
    }

    @Delete("/posts/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @OwnerOrAdmin
    @Operation(summary = "Delete a post", description = "Its author or an admin. Its tag links go too; the tags stay.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @PostNotFound
    @VersionChecked
    void deletePost(
            @Parameter(description = "The post's id", example = "42") long id,
            @Parameter(name = EntityTags.IF_MATCH, in = ParameterIn.HEADER, description = EntityTags.DESCRIPTION,
                    example = "\"3\"") @io.micronaut.http.annotation.Header(EntityTags.IF_MATCH) @Nullable String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        deletePost.delete(new DeletePostCommand(actor, new PostId(id), EntityTags.ifMatch(ifMatch)));
    }

    private HttpResponse<PostResponse> withETag(PostDetails post) {
        return HttpResponse.ok(mapper.toResponse(post)).header(HttpHeaders.ETAG, EntityTags.of(post.version()));
    }

    @Post("/posts/{id}/views")
    @Operation(summary = "Count a view of a post", description = """
            Anyone who can see the post. Takes no body and answers the new count; concurrent calls lose no \
            increment.""")
    @ApiResponse(responseCode = "200", description = "The view count after this view")
    @PostNotFound
    ViewCountResponse recordView(
            @Parameter(description = "The post's id", example = "42") long id,
            @Parameter(hidden = true) Actor actor) {
        return new ViewCountResponse(recordView.recordView(new RecordViewCommand(actor, new PostId(id))));
    }
}
