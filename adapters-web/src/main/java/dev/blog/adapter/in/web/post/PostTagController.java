package dev.blog.adapter.in.web.post;

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
import jakarta.validation.Valid;

/** The tags of one post. JDBC blocks, so every call runs on the blocking executor, off the event loop. */
@Controller("/api/posts/{id}/tags")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PostTagController {

    private final AddPostTagUseCase addTag;
    private final RemovePostTagUseCase removeTag;
    private final PostWebMapper mapper;

    PostTagController(AddPostTagUseCase addTag, RemovePostTagUseCase removeTag, PostWebMapper mapper) {
        this.addTag = addTag;
        this.removeTag = removeTag;
        this.mapper = mapper;
    }

    /** 200, not 201: the resource changed is the post, and adding a tag it already has changes nothing. */
    @Post
    PostResponse add(long id, @Body @Valid AddTagRequest request) {
        AddPostTagCommand command = new AddPostTagCommand(new PostId(id), mapper.toTagName(request.name()));
        return mapper.toResponse(addTag.addTag(command));
    }

    @Delete("/{tagId}")
    @Status(HttpStatus.NO_CONTENT)
    void remove(long id, long tagId) {
        removeTag.removeTag(new RemovePostTagCommand(new PostId(id), new TagId(tagId)));
    }
}
