package dev.blog.adapter.in.web.tag;

import dev.blog.adapter.in.web.PageResponse;
import dev.blog.adapter.in.web.post.PostResponse;
import dev.blog.adapter.in.web.post.PostWebMapper;
import dev.blog.application.tag.port.in.ListTagPostsQuery;
import dev.blog.application.tag.port.in.ListTagPostsUseCase;
import dev.blog.application.tag.port.in.ListTagsUseCase;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.TagName;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The Tags resource. JDBC blocks, so every call runs on the blocking executor, off the event loop. */
@Controller("/api/tags")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TagController {

    private final ListTagsUseCase listTags;
    private final ListTagPostsUseCase listTagPosts;
    private final TagWebMapper mapper;
    private final PostWebMapper postMapper;

    TagController(ListTagsUseCase listTags, ListTagPostsUseCase listTagPosts, TagWebMapper mapper,
                  PostWebMapper postMapper) {
        this.listTags = listTags;
        this.listTagPosts = listTagPosts;
        this.mapper = mapper;
        this.postMapper = postMapper;
    }

    /** Ordered by name, not newest first: tags are looked up by name. */
    @Get
    PageResponse<TagUsageResponse> list(@QueryValue(defaultValue = "0") @Min(0) int offset,
                                        @QueryValue(defaultValue = "" + PageRequest.DEFAULT_LIMIT)
                                        @Min(1) @Max(PageRequest.MAX_LIMIT) int limit) {
        return PageResponse.of(listTags.list(new PageRequest(offset, limit)), mapper::toResponse);
    }

    /** The name is normalised like any tag name, so {@code /api/tags/Java/posts} finds the tag "java". */
    @Get("/{name}/posts")
    PageResponse<PostResponse> posts(String name,
                                     @QueryValue(defaultValue = "0") @Min(0) int offset,
                                     @QueryValue(defaultValue = "" + PageRequest.DEFAULT_LIMIT)
                                     @Min(1) @Max(PageRequest.MAX_LIMIT) int limit) {
        ListTagPostsQuery query = new ListTagPostsQuery(TagName.of(name), new PageRequest(offset, limit));
        return PageResponse.of(listTagPosts.list(query), postMapper::toResponse);
    }
}
