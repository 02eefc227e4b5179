package dev.blog.adapter.in.realworld.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.realworld.profile.Profile;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The article shapes of the specification's "api-response-format". */
final class ArticleResponses {

    private ArticleResponses() {
    }

    /** {@code {"article": {...}}}, with the body. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Single(Article article) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Article(String slug, String title, String description, String body, List<String> tagList,
                   String createdAt, String updatedAt, boolean favorited, long favoritesCount, Profile author) {
    }

    /** {@code {"articles": [...], "articlesCount": n}}: list items leave the body out, as the specification says. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Multiple(List<ListedArticle> articles, long articlesCount) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ListedArticle(String slug, String title, String description, List<String> tagList, String createdAt,
                         String updatedAt, boolean favorited, long favoritesCount, Profile author) {
    }
}
