package dev.blog.adapter.in.realworld.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The bodies of creating and updating an article, wrapped in {@code {"article": {...}}}. */
final class ArticleRequests {

    private ArticleRequests() {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Creation(@Nullable NewArticle article) {
    }

    /** {@code tagList} is optional; {@code null} means none, like an absent one. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NewArticle(@Nullable String title, @Nullable String description, @Nullable String body,
                      @Nullable List<String> tagList) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(@Nullable UpdateArticle article) {
    }

    /**
     * Only what is sent changes; the setters record which fields were sent, because an absent {@code tagList}
     * keeps the tags, {@code []} removes them and {@code null} is refused.
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class UpdateArticle {

        private final Set<String> sent = new HashSet<>();
        private String title;
        private String description;
        private String body;
        private List<String> tagList;

        boolean sent(String field) {
            return sent.contains(field);
        }

        @Nullable
        public String getTitle() {
            return title;
        }

        public void setTitle(@Nullable String title) {
            this.title = title;
            sent.add("title");
        }

        @Nullable
        public String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
            sent.add("description");
        }

        @Nullable
        public String getBody() {
            return body;
        }

        public void setBody(@Nullable String body) {
            this.body = body;
            sent.add("body");
        }

        @Nullable
        public List<String> getTagList() {
            return tagList;
        }

        public void setTagList(@Nullable List<String> tagList) {
            this.tagList = tagList;
            sent.add("tagList");
        }

        @Override
        public String toString() {
            return "UpdateArticle" + sent;
        }
    }
}
