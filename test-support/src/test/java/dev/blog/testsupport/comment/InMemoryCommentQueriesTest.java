package dev.blog.testsupport.comment;

import dev.blog.testsupport.InMemoryStores;
import dev.blog.testsupport.Stores;

class InMemoryCommentQueriesTest extends CommentQueriesContract {

    private final InMemoryStores stores = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return stores;
    }
}
