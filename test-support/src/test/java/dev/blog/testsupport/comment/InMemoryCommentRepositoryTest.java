package dev.blog.testsupport.comment;

import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.InMemoryStores;

class InMemoryCommentRepositoryTest extends CommentRepositoryContract {

    private final InMemoryStores stores = InMemoryStores.create();

    @Override
    protected UserRepository users() {
        return stores.users();
    }

    @Override
    protected PostRepository posts() {
        return stores.posts();
    }

    @Override
    protected PostQueries queries() {
        return stores.queries();
    }

    @Override
    protected TagRepository tags() {
        return stores.tags();
    }

    @Override
    protected CommentRepository comments() {
        return stores.comments();
    }

    @Override
    protected CommentQueries commentQueries() {
        return stores.commentQueries();
    }
}
