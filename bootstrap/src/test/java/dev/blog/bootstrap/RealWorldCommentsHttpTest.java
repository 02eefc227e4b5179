package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static dev.blog.bootstrap.Conduit.error;
import static dev.blog.bootstrap.Conduit.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RealWorld comments: add (201, 401, 404, 422), list (auth optional, 404), delete (204, 401, 403, 404), on the
 * blog's comment use cases: a comment's author and the article's author may delete it, nobody else.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWorldCommentsHttpTest implements TestPropertyProvider {

    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String COMMENTS = "/articles/how-to-train-your-dragon/comments";

    @Inject
    EmbeddedServer server;

    private Conduit anonymous;
    private Conduit jake;
    private Conduit bob;
    private Conduit eve;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void anArticle() {
        TestDatabase.get().truncateAllTables();
        anonymous = Conduit.anonymous(server.getURI());
        jake = anonymous.register("jake");
        bob = anonymous.register("bob");
        eve = anonymous.register("eve");
        ok(jake.post("/articles", """
                {"article": {"title": "How to train your dragon", "description": "d", "body": "b"}}"""), 201);
    }

    private long comment(Conduit author, String body) {
        return ok(author.post(COMMENTS, "{\"comment\": {\"body\": \"" + body + "\"}}"), 201)
                .get("comment").get("id").asLong();
    }

    @Test
    void adding_answers_201_with_the_comment_and_its_author() {
        ok(bob.put("/user", "{\"user\": {\"bio\": \"I like dragons\"}}"), 200);

        JsonNode comment = ok(bob.post(COMMENTS, "{\"comment\": {\"body\": \"His name was my name too.\"}}"), 201)
                .get("comment");

        assertThat(comment.get("id").isIntegralNumber()).isTrue();
        assertThat(comment.get("body").asText()).isEqualTo("His name was my name too.");
        assertThat(comment.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(comment.get("updatedAt").asText()).matches(TIMESTAMP);
        assertThat(comment.get("author").get("username").asText()).isEqualTo("bob");
        assertThat(comment.get("author").get("bio").asText()).isEqualTo("I like dragons");
        assertThat(comment.get("author").get("following").asBoolean()).isFalse();
    }

    @Test
    void adding_needs_a_token_a_body_and_an_article() {
        error(anonymous.post(COMMENTS, "{\"comment\": {\"body\": \"x\"}}"), 401, "token", "is missing");
        error(bob.post(COMMENTS, "{\"comment\": {\"body\": \" \"}}"), 422, "body", "can't be blank");
        error(bob.post(COMMENTS, "{\"comment\": {}}"), 422, "body", "can't be blank");
        error(bob.post(COMMENTS, "{}"), 422, "comment", "can't be blank");
        error(bob.post("/articles/no-such-article/comments", "{\"comment\": {\"body\": \"x\"}}"),
                404, "article", "not found");
    }

    @Test
    void the_list_needs_no_token_is_oldest_first_and_shows_whom_the_caller_follows() {
        ok(bob.put("/user", "{\"user\": {\"bio\": \"I like dragons\"}}"), 200);
        comment(bob, "first");
        comment(eve, "second");
        ok(jake.post("/profiles/bob/follow", null), 200);

        JsonNode asAnonymous = ok(anonymous.get(COMMENTS), 200).get("comments");
        JsonNode asJake = ok(jake.get(COMMENTS), 200).get("comments");

        assertThat(asAnonymous).extracting(comment -> comment.get("body").asText()).containsExactly("first", "second");
        assertThat(asAnonymous.get(0).get("author").get("following").asBoolean()).isFalse();
        assertThat(asAnonymous).extracting(comment -> comment.get("author").get("bio").textValue())
                .containsExactly("I like dragons", null);
        assertThat(asJake).extracting(comment -> comment.get("author").get("username").asText() + ":"
                + comment.get("author").get("following").asBoolean()).containsExactly("bob:true", "eve:false");
        assertThat(asJake.get(0).get("createdAt").asText()).matches(TIMESTAMP);
        error(anonymous.get("/articles/no-such-article/comments"), 404, "article", "not found");
        ok(bob.post("/articles", "{\"article\": {\"title\": \"Quiet\", \"description\": \"d\", \"body\": \"b\"}}"), 201);
        assertThat(ok(anonymous.get("/articles/quiet/comments"), 200).get("comments")).isEmpty();
    }

    @Test
    void deleting_is_204_for_the_comments_author_and_the_articles_author_403_for_others() {
        long bobs = comment(bob, "bob's");
        long eves = comment(eve, "eve's");

        error(anonymous.delete(COMMENTS + "/" + bobs), 401, "token", "is missing");
        error(eve.delete(COMMENTS + "/" + bobs), 403, "comment", "forbidden");
        assertThat(bob.delete(COMMENTS + "/" + bobs).status()).isEqualTo(204);
        assertThat(jake.delete(COMMENTS + "/" + eves).status()).isEqualTo(204);
        assertThat(ok(anonymous.get(COMMENTS), 200).get("comments")).isEmpty();
        error(bob.delete(COMMENTS + "/" + bobs), 404, "comment", "not found");
    }

    @Test
    void a_comment_id_that_is_unknown_malformed_or_of_another_article_is_404() {
        long bobs = comment(bob, "bob's");
        ok(bob.post("/articles", "{\"article\": {\"title\": \"Other\", \"description\": \"d\", \"body\": \"b\"}}"), 201);

        error(bob.delete(COMMENTS + "/999999"), 404, "comment", "not found");
        error(bob.delete(COMMENTS + "/abc"), 404, "comment", "not found");
        error(bob.delete(COMMENTS + "/-1"), 404, "comment", "not found");
        error(bob.delete("/articles/other/comments/" + bobs), 404, "comment", "not found");
        error(bob.delete("/articles/no-such-article/comments/" + bobs), 404, "article", "not found");
        assertThat(ok(anonymous.get(COMMENTS), 200).get("comments")).hasSize(1);
    }
}
