package dev.blog.testsupport.post;

import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.InMemoryStores;

class InMemoryFeedTest extends FeedContract {

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
    protected UserFollows follows() {
        return stores.follows();
    }
}
