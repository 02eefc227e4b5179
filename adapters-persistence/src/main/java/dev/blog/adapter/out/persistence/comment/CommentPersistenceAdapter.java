package dev.blog.adapter.out.persistence.comment;

import dev.blog.adapter.out.persistence.SqlErrorTranslator;
import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.comment.CommentOnPost;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.NotFoundException;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/** Comments on PostgreSQL. Callers run it inside a transaction (the Transactions port). */
@Singleton
final class CommentPersistenceAdapter implements CommentRepository {

    private final CommentRowRepository rows;
    private final CommentRowMapper mapper;

    CommentPersistenceAdapter(CommentRowRepository rows, CommentRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<Comment> create(Comment comment, PostVisibility visibility) {
        if (comment.id() != null) {
            throw new IllegalArgumentException("a new comment has no id yet");
        }
        boolean visible = rows.findPostToCommentOn(comment.postId().value())
                .map(mapper::toCommentedPost)
                .filter(post -> post.visibleTo(visibility))
                .isPresent();
        if (!visible) {
            return Optional.empty();
        }
        // The foreign key decides, so an author deleted concurrently is a 404 too, not a failure.
        SqlErrorTranslator unknownAuthor = new SqlErrorTranslator(Map.of(
                "comments_author_fk", () -> new NotFoundException("User", comment.authorId())));
        CommentRow stored = unknownAuthor.translate(() -> rows.save(mapper.toRow(comment)));
        return Optional.of(comment.withId(new CommentId(stored.id())));
    }

    @Override
    public Comment update(Comment comment) {
        long id = comment.requireId().value();
        if (rows.updateBody(id, comment.body().value(), comment.updatedAt()) == 0) {
            throw new IllegalStateException("comment " + id + " is not stored");
        }
        return comment.withVersion(comment.version() + 1);
    }

    @Override
    public Optional<CommentOnPost> findForUpdate(CommentId id) {
        return rows.findForUpdate(id.value()).map(mapper::toCommentOnPost);
    }

    @Override
    public boolean deleteById(CommentId id) {
        return rows.deleteById(id.value()) > 0;
    }
}
