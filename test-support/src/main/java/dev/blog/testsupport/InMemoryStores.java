package dev.blog.testsupport;

import java.util.function.Supplier;

import dev.blog.testsupport.comment.InMemoryCommentQueries;
import dev.blog.testsupport.comment.InMemoryCommentRepository;
import dev.blog.testsupport.post.InMemoryPostLikes;
import dev.blog.testsupport.post.InMemoryPostQueries;
import dev.blog.testsupport.post.InMemoryPostRepository;
import dev.blog.testsupport.tag.InMemoryTagRepository;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;

/** The in-memory fakes of every store, wired to each other as the database's tables are. */
public record InMemoryStores(InMemoryUserRepository users, InMemoryPostRepository posts,
                             InMemoryPostQueries queries, InMemoryTagRepository tags, InMemoryPostLikes likes,
                             InMemoryUserFollows follows, InMemoryCommentRepository comments,
                             InMemoryCommentQueries commentQueries) implements Stores {

    public static InMemoryStores create() {
        InMemoryUserRepository users = new InMemoryUserRepository();
        InMemoryTagRepository tags = new InMemoryTagRepository();
        InMemoryPostRepository posts = new InMemoryPostRepository(users, tags);
        InMemoryPostLikes likes = new InMemoryPostLikes(users, posts);
        InMemoryUserFollows follows = new InMemoryUserFollows(users);
        InMemoryCommentRepository comments = new InMemoryCommentRepository(users, posts);
        return new InMemoryStores(users, posts, new InMemoryPostQueries(users, posts, tags, likes, follows, comments),
                tags, likes, follows, comments, new InMemoryCommentQueries(users, posts, comments));
    }

    @Override
    public void empty() {
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
