package dev.blog.testsupport.post;

import dev.blog.testsupport.InMemoryStores;
import dev.blog.testsupport.Stores;

class InMemoryPostQueriesTest extends PostQueriesContract {

    private final InMemoryStores stores = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return stores;
    }
}
