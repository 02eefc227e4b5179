package dev.blog.testsupport.comment;

import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.post.AuthorSummary;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.domain.user.User;
import dev.blog.testsupport.post.InMemoryPostRepository;
import dev.blog.testsupport.user.InMemoryUserRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link CommentQueries} over the in-memory repositories, joining comments and authors as the database does. */
public final class InMemoryCommentQueries implements CommentQueries {

    private static final Comparator<Comment> OLDEST_FIRST = Comparator.comparing(Comment::createdAt)
            .thenComparing(comment -> comment.requireId().value());

    private final InMemoryUserRepository users;
    private final InMemoryPostRepository posts;
    private final InMemoryCommentRepository comments;

    public InMemoryCommentQueries(InMemoryUserRepository users, InMemoryPostRepository posts,
                                  InMemoryCommentRepository comments) {
        this.users = users;
        this.posts = posts;
        this.comments = comments;
    }

    @Override
    public Optional<CommentDetails> findById(CommentId id, PostVisibility visibility) {
        return comments.findForUpdate(id)
                .filter(found -> found.post().visibleTo(visibility))
                .map(found -> details(found.comment()));
    }

    @Override
    public Optional<Page<CommentDetails>> findPage(PostId post, PostVisibility visibility, PageRequest page) {
        return posts.findForUpdate(post)
                .filter(found -> InMemoryCommentRepository.commentedPost(found).visibleTo(visibility))
                .map(found -> {
                    List<Comment> all = comments.all().stream().filter(comment -> comment.postId().equals(post))
                            .sorted(OLDEST_FIRST).toList();
                    Optional<Position.AfterTimeOldestFirst> after = page.after(Position.AfterTimeOldestFirst.class);
                    List<CommentDetails> window = all.stream()
                            .filter(comment -> after.map(position -> comment.createdAt().isAfter(position.createdAt())
                                    || comment.createdAt().equals(position.createdAt())
                                    && comment.requireId().value() > position.id()).orElse(true))
                            .skip(page.offset()).limit(page.fetchSize()).map(this::details).toList();
                    return Page.of(window, page, all.size(),
                            comment -> new Position.AfterTimeOldestFirst(comment.createdAt(), comment.id().value()));
                });
    }

    private CommentDetails details(Comment comment) {
        User author = users.findById(comment.authorId())
                .orElseThrow(() -> new IllegalStateException("comment " + comment.id() + " has no author"));
        return new CommentDetails(comment.requireId(), comment.postId(), comment.body(),
                AuthorSummary.of(author),
                comment.createdAt(), comment.updatedAt(), comment.version());
    }
}
