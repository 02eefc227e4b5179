package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.blog.bootstrap.Conduit.error;
import static dev.blog.bootstrap.Conduit.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RealWorld articles, the feed, favorites and tags: every operation with its documented statuses and
 * messages, the 401/403/404 matrix, tagList on update (absent keeps, [] removes, null is 422), unique slugs for
 * repeated titles, and pagination counts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWorldArticlesHttpTest implements TestPropertyProvider {

    private static final String DRAGON = """
            {"article": {"title": "How to train your dragon", "description": "Ever wonder how?",
             "body": "You have to believe", "tagList": ["reactjs", "AngularJS", "dragons"]}}""";
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @Inject
    EmbeddedServer server;

    private Conduit anonymous;
    private Conduit jake;
    private Conduit bob;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void twoUsers() {
        TestDatabase.get().truncateAllTables();
        anonymous = Conduit.anonymous(server.getURI());
        jake = anonymous.register("jake");
        bob = anonymous.register("bob");
    }

    private String create(Conduit author, String title) {
        return ok(author.post("/articles", """
                {"article": {"title": "%s", "description": "d", "body": "b", "tagList": ["t"]}}""".formatted(title)),
                201).get("article").get("slug").asText();
    }

    @Test
    void creating_answers_201_with_the_whole_article_and_reading_it_by_slug_needs_no_token() {
        JsonNode created = ok(jake.post("/articles", DRAGON), 201).get("article");

        assertThat(created.get("slug").asText()).isEqualTo("how-to-train-your-dragon");
        assertThat(created.get("title").asText()).isEqualTo("How to train your dragon");
        assertThat(created.get("description").asText()).isEqualTo("Ever wonder how?");
        assertThat(created.get("body").asText()).isEqualTo("You have to believe");
        assertThat(created.get("tagList")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "reactjs", "angularjs", "dragons");
        assertThat(created.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(created.get("updatedAt").asText()).matches(TIMESTAMP);
        assertThat(created.get("favorited").asBoolean()).isFalse();
        assertThat(created.get("favoritesCount").asInt()).isZero();
        assertThat(created.get("author").get("username").asText()).isEqualTo("jake");
        assertThat(created.get("author").get("following").asBoolean()).isFalse();
        assertThat(created.get("author").has("bio")).isTrue();
        assertThat(created.get("author").has("image")).isTrue();
        JsonNode read = ok(anonymous.get("/articles/how-to-train-your-dragon"), 200).get("article");
        assertThat(read).isEqualTo(created);
    }

    @Test
    void creating_without_title_description_or_body_is_422_cant_be_blank_and_needs_a_token() {
        error(jake.post("/articles", "{\"article\": {\"description\": \"d\", \"body\": \"b\"}}"),
                422, "title", "can't be blank");
        error(jake.post("/articles", "{\"article\": {\"title\": \"t\", \"description\": \" \", \"body\": \"b\"}}"),
                422, "description", "can't be blank");
        error(jake.post("/articles", "{\"article\": {\"title\": \"t\", \"description\": \"d\", \"body\": null}}"),
                422, "body", "can't be blank");
        error(jake.post("/articles", "{}"), 422, "article", "can't be blank");
        error(anonymous.post("/articles", DRAGON), 401, "token", "is missing");
        error(jake.post("/articles", "{\"article\": {\"title\": \"t\", \"description\": \"d\", \"body\": \"b\","
                + " \"tagList\": [\"\"]}}"), 422, "tagList", "must be between 1 and 50 characters");
    }

    @Test
    void repeated_titles_get_distinct_slugs_each_readable_and_a_new_title_moves_the_slug() {
        String first = create(jake, "Same title");
        String second = create(jake, "Same title");
        String third = create(bob, "Same title");

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        for (String slug : List.of(first, second, third)) {
            assertThat(ok(anonymous.get("/articles/" + slug), 200).get("article").get("slug").asText())
                    .isEqualTo(slug);
        }
        JsonNode renamed = ok(jake.put("/articles/" + first, "{\"article\": {\"title\": \"Did you train it\"}}"),
                200).get("article");
        assertThat(renamed.get("slug").asText()).isEqualTo("did-you-train-it");
        error(anonymous.get("/articles/" + first), 404, "article", "not found");
    }

    @Test
    void the_list_is_newest_first_without_bodies_filtered_by_tag_author_and_favorited_and_counted() {
        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            slugs.add(create(jake, "Jake " + i));
        }
        ok(bob.post("/articles", DRAGON), 201);
        ok(bob.post("/articles/" + slugs.get(0) + "/favorite", null), 200);

        JsonNode all = ok(anonymous.get("/articles"), 200);
        JsonNode firstTwo = ok(anonymous.get("/articles?author=jake&limit=2"), 200);
        JsonNode last = ok(anonymous.get("/articles?author=jake&limit=2&offset=2"), 200);

        assertThat(all.get("articlesCount").asInt()).isEqualTo(4);
        assertThat(all.get("articles").get(0).get("slug").asText()).isEqualTo("how-to-train-your-dragon");
        assertThat(all.get("articles").get(0).has("body")).isFalse();
        assertThat(all.get("articles").get(0).get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(firstTwo.get("articlesCount").asInt()).isEqualTo(3);
        assertThat(firstTwo.get("articles")).extracting(article -> article.get("slug").asText())
                .containsExactly(slugs.get(2), slugs.get(1));
        assertThat(last.get("articlesCount").asInt()).isEqualTo(3);
        assertThat(last.get("articles")).extracting(article -> article.get("slug").asText())
                .containsExactly(slugs.get(0));
        assertThat(ok(anonymous.get("/articles?tag=dragons"), 200).get("articlesCount").asInt()).isEqualTo(1);
        assertThat(ok(anonymous.get("/articles?tag=DRAGONS&author=bob"), 200).get("articlesCount").asInt())
                .isEqualTo(1);
        JsonNode favorited = ok(anonymous.get("/articles?favorited=bob"), 200);
        assertThat(favorited.get("articlesCount").asInt()).isEqualTo(1);
        assertThat(favorited.get("articles").get(0).get("favoritesCount").asInt()).isEqualTo(1);
        assertThat(ok(bob.get("/articles?favorited=bob"), 200).get("articles").get(0).get("favorited")
                .asBoolean()).isTrue();
    }

    @Test
    void filters_naming_nothing_give_an_empty_list_and_bad_paging_is_422() {
        create(jake, "Something");

        for (String query : List.of("author=johnjacob", "favorited=nobody", "tag=none", "author=x", "tag=%20")) {
            JsonNode empty = ok(anonymous.get("/articles?" + query), 200);
            assertThat(empty.get("articles")).as(query).isEmpty();
            assertThat(empty.get("articlesCount").asInt()).as(query).isZero();
        }
        error(anonymous.get("/articles?limit=abc"), 422, "limit", "must be a whole number written in the digits 0-9");
        error(anonymous.get("/articles?limit=0"), 422, "limit", "must be between 1 and 100");
        error(anonymous.get("/articles?offset=-1"), 422, "offset", "must be a whole number written in the digits 0-9");
    }

    @Test
    void the_feed_needs_a_token_and_shows_the_followed_authors_articles_with_following_true() {
        ok(jake.put("/user", "{\"user\": {\"bio\": \"I work at statefarm\"}}"), 200);
        create(jake, "Jake writes");
        create(bob, "Bob writes");
        error(anonymous.get("/articles/feed"), 401, "token", "is missing");
        JsonNode before = ok(bob.get("/articles/feed"), 200);
        assertThat(before.get("articles")).isEmpty();
        assertThat(before.get("articlesCount").asInt()).isZero();

        ok(bob.post("/profiles/jake/follow", null), 200);
        JsonNode feed = ok(bob.get("/articles/feed?limit=10&offset=0"), 200);

        assertThat(feed.get("articlesCount").asInt()).isEqualTo(1);
        JsonNode article = feed.get("articles").get(0);
        assertThat(article.get("slug").asText()).isEqualTo("jake-writes");
        assertThat(article.get("author").get("following").asBoolean()).isTrue();
        assertThat(article.get("author").get("bio").asText()).as("a page's authors with their bios")
                .isEqualTo("I work at statefarm");
        assertThat(ok(bob.get("/articles"), 200).get("articles")).extracting(
                a -> a.get("author").get("username").asText() + ":" + a.get("author").get("following").asBoolean())
                .containsExactly("bob:false", "jake:true");
        assertThat(ok(bob.get("/articles/jake-writes"), 200).get("article").get("author").get("following")
                .asBoolean()).isTrue();
    }

    @Test
    void updating_changes_only_what_is_sent_and_tag_list_absent_keeps_empty_removes_null_is_422() {
        ok(jake.post("/articles", DRAGON), 201);
        String path = "/articles/how-to-train-your-dragon";

        JsonNode body = ok(jake.put(path, "{\"article\": {\"body\": \"With two hands\"}}"), 200).get("article");
        assertThat(body.get("body").asText()).isEqualTo("With two hands");
        assertThat(body.get("description").asText()).isEqualTo("Ever wonder how?");
        assertThat(body.get("tagList")).hasSize(3);
        JsonNode described = ok(jake.put(path, "{\"article\": {\"description\": \"So toothless\"}}"), 200)
                .get("article");
        assertThat(described.get("description").asText()).isEqualTo("So toothless");
        JsonNode retagged = ok(jake.put(path, "{\"article\": {\"tagList\": [\"Training\"]}}"), 200).get("article");
        assertThat(retagged.get("tagList")).extracting(JsonNode::asText).containsExactly("training");
        error(jake.put(path, "{\"article\": {\"tagList\": null}}"), 422, "tagList",
                "can't be null; send [] to remove every tag");
        JsonNode untagged = ok(jake.put(path, "{\"article\": {\"tagList\": []}}"), 200).get("article");
        assertThat(untagged.get("tagList")).isEmpty();
        error(jake.put(path, "{\"article\": {\"title\": \"\"}}"), 422, "title", "can't be blank");
        error(jake.put(path, "{\"article\": {\"body\": null}}"), 422, "body", "can't be blank");
        error(jake.put(path, "{\"article\": {\"description\": null}}"), 422, "description", "can't be blank");
        error(jake.put(path, "{}"), 422, "article", "can't be blank");
    }

    @Test
    void the_401_403_404_matrix_of_update_delete_favorite_and_get() {
        ok(jake.post("/articles", DRAGON), 201);
        String path = "/articles/how-to-train-your-dragon";
        String change = "{\"article\": {\"body\": \"mine now\"}}";

        error(anonymous.put(path, change), 401, "token", "is missing");
        error(bob.put(path, change), 403, "article", "forbidden");
        error(bob.put("/articles/no-such-article", change), 404, "article", "not found");
        error(anonymous.delete(path), 401, "token", "is missing");
        error(bob.delete(path), 403, "article", "forbidden");
        error(bob.delete("/articles/no-such-article"), 404, "article", "not found");
        error(anonymous.post(path + "/favorite", null), 401, "token", "is missing");
        error(bob.post("/articles/no-such-article/favorite", null), 404, "article", "not found");
        error(anonymous.delete(path + "/favorite"), 401, "token", "is missing");
        error(bob.delete("/articles/no-such-article/favorite"), 404, "article", "not found");
        error(anonymous.get("/articles/no-such-article"), 404, "article", "not found");
        error(anonymous.get("/articles/Not%20A%20Slug"), 404, "article", "not found");
        assertThat(ok(anonymous.get(path), 200).get("article").get("body").asText()).isEqualTo("You have to believe");
    }

    @Test
    void deleting_answers_204_and_the_article_is_gone() {
        ok(jake.post("/articles", DRAGON), 201);

        ApiResponse deleted = jake.delete("/articles/how-to-train-your-dragon");

        assertThat(deleted.status()).isEqualTo(204);
        error(anonymous.get("/articles/how-to-train-your-dragon"), 404, "article", "not found");
        error(jake.delete("/articles/how-to-train-your-dragon"), 404, "article", "not found");
    }

    @Test
    void favoriting_counts_once_per_user_and_unfavoriting_takes_it_back() {
        ok(jake.post("/articles", DRAGON), 201);
        String path = "/articles/how-to-train-your-dragon/favorite";

        ok(bob.post(path, null), 200);
        JsonNode twice = ok(bob.post(path, null), 200).get("article");
        JsonNode byJake = ok(jake.post(path, null), 200).get("article");
        JsonNode undone = ok(bob.delete(path), 200).get("article");

        assertThat(twice.get("favorited").asBoolean()).isTrue();
        assertThat(twice.get("favoritesCount").asInt()).isEqualTo(1);
        assertThat(byJake.get("favoritesCount").asInt()).isEqualTo(2);
        assertThat(undone.get("favorited").asBoolean()).isFalse();
        assertThat(undone.get("favoritesCount").asInt()).isEqualTo(1);
        assertThat(ok(bob.delete(path), 200).get("article").get("favoritesCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_draft_written_through_the_blog_api_is_no_article() {
        ApiClient blog = new ApiClient(server.getURI()).withToken(jake.token());
        assertThat(blog.post("/api/posts", """
                {"title": "Secret draft", "content": "not yet", "tags": ["hidden"]}""").status()).isEqualTo(201);

        error(jake.get("/articles/secret-draft"), 404, "article", "not found");
        error(jake.put("/articles/secret-draft", "{\"article\": {\"body\": \"x\"}}"), 404, "article", "not found");
        assertThat(ok(jake.get("/articles"), 200).get("articlesCount").asInt()).isZero();
        assertThat(ok(anonymous.get("/tags"), 200).get("tags")).isEmpty();
    }

    @Test
    void tags_are_the_names_used_by_published_articles_sorted() {
        ok(jake.post("/articles", DRAGON), 201);
        create(bob, "Other");

        JsonNode tags = ok(anonymous.get("/tags"), 200).get("tags");

        assertThat(tags).extracting(JsonNode::asText).containsExactly("angularjs", "dragons", "reactjs", "t");
    }
}
