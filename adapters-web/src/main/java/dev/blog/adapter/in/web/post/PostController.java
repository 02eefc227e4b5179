package dev.blog.adapter.in.web.post;

import dev.blog.adapter.in.web.PageResponse;
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
import dev.blog.domain.shared.PageRequest;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.net.URI;

/**
 * The Posts resource, including the posts of one user. JDBC blocks, so every call runs on the blocking
 * executor, off the event loop.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PostController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final CreatePostUseCase createPost;
    private final GetPostUseCase getPost;
    private final ListPostsUseCase listPosts;
    private final ListUserPostsUseCase listUserPosts;
    private final UpdatePostUseCase updatePost;
    private final DeletePostUseCase deletePost;
    private final RecordViewUseCase recordView;
    private final PostWebMapper mapper;

    PostController(CreatePostUseCase createPost, GetPostUseCase getPost, ListPostsUseCase listPosts,
                   ListUserPostsUseCase listUserPosts, UpdatePostUseCase updatePost, DeletePostUseCase deletePost,
                   RecordViewUseCase recordView, PostWebMapper mapper) {
        this.createPost = createPost;
        this.getPost = getPost;
        this.listPosts = listPosts;
        this.listUserPosts = listUserPosts;
        this.updatePost = updatePost;
        this.deletePost = deletePost;
        this.recordView = recordView;
        this.mapper = mapper;
    }

    @Post("/users/{userId}/posts")
    HttpResponse<PostResponse> create(long userId, @Body @Valid CreatePostRequest request) {
        PostResponse created = mapper.toResponse(createPost.create(mapper.toCommand(userId, request)));
        return HttpResponse.created(created, URI.create("/api/posts/" + created.id()));
    }

    @Get("/users/{userId}/posts")
    PageResponse<PostResponse> listOfUser(long userId,
                                          @QueryValue(defaultValue = "0") @Min(0) int offset,
                                          @QueryValue(defaultValue = "" + PageRequest.DEFAULT_LIMIT)
                                          @Min(1) @Max(PageRequest.MAX_LIMIT) int limit) {
        ListUserPostsQuery query = new ListUserPostsQuery(new UserId(userId), new PageRequest(offset, limit));
        return PageResponse.of(listUserPosts.list(query), mapper::toResponse);
    }

    @Get("/posts/{id}")
    PostResponse get(long id) {
        return mapper.toResponse(getPost.get(new PostId(id)));
    }

    @Get("/posts")
    PageResponse<PostResponse> list(@QueryValue(defaultValue = "0") @Min(0) int offset,
                                    @QueryValue(defaultValue = "" + PageRequest.DEFAULT_LIMIT)
                                    @Min(1) @Max(PageRequest.MAX_LIMIT) int limit,
                                    @QueryValue @Nullable Long authorId,
                                    @QueryValue @Nullable String tag,
                                    @QueryValue @Nullable String published) {
        ListPostsQuery query = new ListPostsQuery(mapper.toFilter(authorId, tag, published),
                new PageRequest(offset, limit));
        return PageResponse.of(listPosts.list(query), mapper::toResponse);
    }

    @Patch(value = "/posts/{id}", consumes = {MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    PostResponse update(long id, @Body @Valid UpdatePostRequest request) {
        return mapper.toResponse(updatePost.update(mapper.toCommand(id, request)));
    }

    @Delete("/posts/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        deletePost.delete(new PostId(id));
    }

    @Post("/posts/{id}/views")
    ViewCountResponse view(long id) {
        return new ViewCountResponse(recordView.recordView(new PostId(id)));
    }
}
