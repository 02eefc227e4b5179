package dev.blog.bootstrap;

import dev.blog.application.shared.Transactions;
import dev.blog.application.tag.port.in.ListTagPostsUseCase;
import dev.blog.application.tag.port.in.ListTagsUseCase;
import dev.blog.application.tag.service.ListTagPostsService;
import dev.blog.application.tag.service.ListTagsService;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.tag.port.TagRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The use cases of tags: the tag list and the posts of one tag.
 * Built from the ports the adapters provide: the application stays free of Micronaut.
 */
@Factory
class TagFactory {

    @Singleton
    ListTagsUseCase listTags(TagRepository tags, Transactions transactions) {
        return new ListTagsService(tags, transactions);
    }

    @Singleton
    ListTagPostsUseCase listTagPosts(TagRepository tags, PostQueries queries, Transactions transactions) {
        return new ListTagPostsService(tags, queries, transactions);
    }
}
