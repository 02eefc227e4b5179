package dev.blog.adapter.out.persistence.comment;

import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.domain.user.UserId;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Comments with their authors: one statement for one comment; for a page, whether the post is visible,
 * then the window and its bounded count, three statements however many comments the page holds or the
 * post has. Callers run it inside a transaction (the Transactions port).
 */
@Singleton
final class CommentQueryAdapter implements CommentQueries {

    private final CommentDetailsRepository rows;
    private final CommentRowMapper mapper;

    CommentQueryAdapter(CommentDetailsRepository rows, CommentRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<CommentDetails> findById(CommentId id, PostVisibility visibility) {
        return rows.findDetails(id.value(), visibility.allDrafts(), draftsOf(visibility)).map(mapper::toDetails);
    }

    @Override
    public Optional<Page<CommentDetails>> findPage(PostId post, PostVisibility visibility, PageRequest page) {
        if (!rows.isPostVisible(post.value(), visibility.allDrafts(), draftsOf(visibility))) {
            return Optional.empty();
        }
        Optional<Position.AfterTimeOldestFirst> after = page.after(Position.AfterTimeOldestFirst.class);
        var window = rows.findWindow(post.value(),
                after.map(Position.AfterTimeOldestFirst::createdAt).orElse(null),
                after.map(Position.AfterTimeOldestFirst::id).orElse(null), page.offset(), page.fetchSize());
        return Optional.of(Page.of(window.stream().map(mapper::toDetails).toList(), page,
                rows.countOfPost(post.value(), Page.COUNT_LIMIT),
                comment -> new Position.AfterTimeOldestFirst(comment.createdAt(), comment.id().value())));
    }

    private static Long draftsOf(PostVisibility visibility) {
        return visibility.draftsOf().map(UserId::value).orElse(null);
    }
}
