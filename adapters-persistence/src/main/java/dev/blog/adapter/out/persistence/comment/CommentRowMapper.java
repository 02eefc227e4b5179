package dev.blog.adapter.out.persistence.comment;

import dev.blog.adapter.out.persistence.AuthorColumns;
import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.comment.CommentOnPost;
import dev.blog.domain.comment.CommentedPost;
import dev.blog.domain.post.AuthorSummary;
import dev.blog.domain.post.PostId;
import dev.blog.domain.user.UserId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Rows to the aggregate and back; the aggregate's constructor re-checks every invariant on the way in. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
interface CommentRowMapper {

    CommentRow toRow(Comment comment);

    // MapStruct takes Comment#withId and #withVersion for fluent setters; the constructor already sets both.
    @Mapping(target = "withId", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Comment toComment(CommentForUpdateRow row);

    @Mapping(target = "author", source = "row")
    CommentDetails toDetails(CommentDetailsRow row);

    default CommentOnPost toCommentOnPost(CommentForUpdateRow row) {
        return new CommentOnPost(toComment(row), new CommentedPost(new UserId(row.postAuthorId()), row.postPublished()));
    }

    default CommentedPost toCommentedPost(CommentedPostRow row) {
        return new CommentedPost(new UserId(row.authorId()), row.published());
    }

    default AuthorSummary toAuthor(CommentDetailsRow row) {
        return AuthorColumns.toAuthor(row.authorId(), row.authorUsername(), row.authorFullName(),
                row.authorImageUrl(), row.authorBio());
    }

    default Long fromCommentId(CommentId id) {
        return id == null ? null : id.value();
    }

    default CommentId toCommentId(long id) {
        return new CommentId(id);
    }

    default long fromPostId(PostId id) {
        return id.value();
    }

    default PostId toPostId(long id) {
        return new PostId(id);
    }

    default long fromUserId(UserId id) {
        return id.value();
    }

    default UserId toUserId(long id) {
        return new UserId(id);
    }

    default String fromBody(CommentBody body) {
        return body.value();
    }

    default CommentBody toBody(String body) {
        return new CommentBody(body);
    }
}
