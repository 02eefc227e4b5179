package dev.blog.testsupport.post;

import dev.blog.testsupport.InMemoryStores;
import dev.blog.testsupport.Stores;

class InMemoryPostLikesTest extends PostLikesContract {

    private final InMemoryStores stores = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return stores;
    }
}
