package dev.blog.adapter.in.realworld.article;

import dev.blog.adapter.in.realworld.error.ConduitException;
import dev.blog.application.post.port.in.GetPostBySlugQuery;
import dev.blog.application.post.port.in.GetPostBySlugUseCase;
import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.Slug;
import dev.blog.domain.shared.InvalidValueException;
import jakarta.inject.Singleton;

/**
 * An article by its slug, for every RealWorld operation that names one: the published post with that slug.
 * A malformed slug, an unknown one and a draft (written through the blog API) are all no article: 404.
 */
@Singleton
public final class PublishedArticles {

    private static final String ARTICLE = "article";

    private final GetPostBySlugUseCase getBySlug;

    PublishedArticles(GetPostBySlugUseCase getBySlug) {
        this.getBySlug = getBySlug;
    }

    public PostDetails bySlug(String slug, Actor actor) {
        Slug parsed;
        try {
            parsed = new Slug(slug);
        } catch (InvalidValueException e) {
            throw ConduitException.notFound(ARTICLE);
        }
        PostDetails post = getBySlug.get(new GetPostBySlugQuery(actor, parsed));
        if (!post.published()) {
            throw ConduitException.notFound(ARTICLE);
        }
        return post;
    }
}
