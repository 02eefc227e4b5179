package dev.blog.testsupport.post;

import dev.blog.testsupport.InMemoryStores;
import dev.blog.testsupport.Stores;

class InMemoryPostRepositoryTest extends PostRepositoryContract {

    private final InMemoryStores stores = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return stores;
    }
}
