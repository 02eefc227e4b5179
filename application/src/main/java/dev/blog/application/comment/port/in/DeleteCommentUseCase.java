package dev.blog.application.comment.port.in;

public interface DeleteCommentUseCase {

    /**
     * @throws dev.blog.domain.shared.NotFoundException when there is no such comment or its post is hidden
     * @throws dev.blog.domain.access.AccessDeniedException for anyone but the comment's author, the post's
     *                                                      author and admins
     * @throws dev.blog.domain.shared.VersionMismatchException when If-Match names another version
     */
    void delete(DeleteCommentCommand command);
}
