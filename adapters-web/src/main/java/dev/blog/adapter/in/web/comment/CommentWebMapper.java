package dev.blog.adapter.in.web.comment;

import dev.blog.adapter.in.web.Timestamps;
import dev.blog.adapter.in.web.post.AuthorResponse;
import dev.blog.application.comment.port.in.AddCommentCommand;
import dev.blog.application.comment.port.in.UpdateCommentCommand;
import dev.blog.domain.access.Actor;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.post.AuthorSummary;
import dev.blog.domain.post.PostId;
import dev.blog.domain.shared.InvalidValueException;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import java.util.Optional;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, uses = Timestamps.class)
public interface CommentWebMapper {

    CommentResponse toResponse(CommentDetails comment);

    default AuthorResponse toAuthor(AuthorSummary author) {
        return new AuthorResponse(author.id().value(), author.username().value(),
                author.fullName() == null ? null : author.fullName().value(),
                author.imageUrl() == null ? null : author.imageUrl().value());
    }

    default AddCommentCommand toCommand(Actor author, long postId, CreateCommentRequest request) {
        return new AddCommentCommand(author, new PostId(postId), new CommentBody(request.body()));
    }

    /** Merge-patch semantics: an absent body stays as it is; {@code null} is invalid. */
    default UpdateCommentCommand toCommand(Actor actor, long id, UpdateCommentRequest request,
                                           Optional<Long> ifMatch) {
        Optional<CommentBody> body = Optional.empty();
        if (request.bodySent()) {
            if (request.getBody() == null) {
                throw new InvalidValueException("body", "must not be null");
            }
            body = Optional.of(new CommentBody(request.getBody()));
        }
        return new UpdateCommentCommand(actor, new CommentId(id), body, ifMatch);
    }

    default long fromCommentId(CommentId id) {
        return id.value();
    }

    default long fromPostId(PostId id) {
        return id.value();
    }

    default String fromBody(CommentBody body) {
        return body.value();
    }
}
