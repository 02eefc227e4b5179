package dev.blog.testsupport.tag;

import dev.blog.testsupport.InMemoryStores;
import dev.blog.testsupport.Stores;

class InMemoryTagRepositoryTest extends TagRepositoryContract {

    private final InMemoryStores stores = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return stores;
    }
}
