package dev.blog.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blog.testsupport.concurrency.Concurrently;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import dev.blog.testsupport.http.TestAccounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Posts and Tags row of the API contract, end to end over HTTP against a real database. Values are
 * read with JsonNode's strict accessors ({@code textValue}, {@code numberValue}), which answer null for a
 * value of the wrong JSON type, so {@code "5"} never passes for {@code 5}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostsAndTagsHttpTest implements TestPropertyProvider {

    private static final String PROBLEM = "application/problem+json";
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** For every field of a post body, a value of the wrong JSON type and what the client is told. */
    private static final List<WrongType> WRONG_TYPES = List.of(
            new WrongType("title", "123", "must be a string"),
            new WrongType("content", "false", "must be a string"),
            new WrongType("published", "\"yes\"", "must be true or false"),
            new WrongType("published", "1", "must be true or false"),
            new WrongType("tags", "\"java\"", "must be an array of strings"),
            new WrongType("tags", "[1]", "must be an array of strings"),
            new WrongType("tags", "[\"ok\", true]", "must be an array of strings"),
            new WrongType("tags", "{\"name\": \"java\"}", "must be an array of strings"));

    @Inject
    EmbeddedServer server;

    /** An admin: may do whatever an author may, so the tests here are about posts, not about who asks. */
    private ApiClient api;
    private final Map<Long, ApiClient> authors = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.get().truncateAllTables();
        authors.clear();
        api = TestAccounts.admin(new ApiClient(server.getURI()), "admin").client();
    }

    private long createUser(String username) {
        ApiResponse response = api.post("/api/users", toJson(Map.of("username", username,
                "email", username + "@example.com", "password", "secret-password", "fullName", "Full " + username)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        long id = id(response.json());
        authors.put(id, api.loggedIn(username, "secret-password"));
        return id;
    }

    /** Written by the user, as POST /api/posts makes the caller the author. */
    private ApiResponse createPost(long userId, Map<String, Object> body) {
        return authors.get(userId).post("/api/posts", toJson(body));
    }

    /** Published, so that it counts for its tags. */
    private long createPost(long userId, String title, List<String> tags) {
        ApiResponse response = createPost(userId, Map.of("title", title, "content", "Content of " + title,
                "tags", tags, "published", true));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id(response.json());
    }

    private ApiResponse patch(long postId, Map<String, Object> body) {
        return api.patch("/api/posts/" + postId, toJson(body));
    }

    private ApiResponse addTag(long postId, Map<String, String> body) {
        return api.post("/api/posts/" + postId + "/tags", toJson(body));
    }

    private ApiResponse view(long postId) {
        return api.send("POST", "/api/posts/" + postId + "/views", null, null);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long id(JsonNode resource) {
        return resource.get("id").numberValue().longValue();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> tagNames(JsonNode post) {
        List<String> names = new ArrayList<>();
        post.get("tags").forEach(tag -> names.add(tag.get("name").textValue()));
        return names;
    }

    private static List<String> titles(ApiResponse page) {
        List<String> titles = new ArrayList<>();
        page.json().get("items").forEach(post -> titles.add(post.get("title").textValue()));
        return titles;
    }

    /** "name=postCount" for each tag on the page. */
    private static List<String> tagsWithPostCounts(ApiResponse page) {
        List<String> tags = new ArrayList<>();
        page.json().get("items").forEach(tag ->
                tags.add(tag.get("name").textValue() + "=" + tag.get("postCount").numberValue()));
        return tags;
    }

    /** offset, limit and total of a page. */
    private static List<Number> paging(ApiResponse page) {
        JsonNode json = page.json();
        return List.of(json.get("offset").numberValue(), json.get("limit").numberValue(),
                json.get("total").numberValue());
    }

    private static Number total(ApiResponse page) {
        return page.json().get("total").numberValue();
    }

    /** The fields named in a problem's {@code errors}. */
    private static List<String> errorFields(ApiResponse problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(error -> fields.add(error.get("field").textValue()));
        return fields;
    }

    /** A body field holding {@code value}, which is JSON of the wrong type, and the error it must give. */
    private record WrongType(String field, String value, String message) {

        /** {@code validBody} with this field set to the wrong value. */
        String in(String validBody) {
            ObjectNode body = (ObjectNode) json(validBody);
            body.set(field, json(value));
            return body.toString();
        }
    }

    private static void assertWrongJsonType(ApiResponse response, WrongType wrong) {
        assertProblem(response, 400);
        assertThat(response.json().get("errors")).as(wrong.toString()).isEqualTo(json(
                "[{\"field\": \"%s\", \"message\": \"%s\"}]".formatted(wrong.field(), wrong.message())));
        assertThat(response.body()).doesNotContain("java.", "dev.blog", "io.micronaut");
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(fieldNames(response.json())).contains("type", "title", "status", "detail");
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql")
                .doesNotContain("posts_").doesNotContain("tags_");
    }

    // --- POST /api/posts

    @Test
    void create_returns_201_with_location_and_the_full_representation() {
        long alice = createUser("alice");

        ApiResponse response = createPost(alice, Map.of("title", "Hello", "content", "World",
                "tags", List.of("Spring", " java ", "JAVA")));

        assertThat(response.status()).isEqualTo(201);
        JsonNode post = response.json();
        assertThat(response.header("Location")).contains("/api/posts/" + id(post));
        assertThat(fieldNames(post)).containsExactlyInAnyOrder("id", "slug", "title", "content", "summary", "published",
                "viewCount", "likeCount", "likedByMe", "commentCount", "createdAt", "updatedAt", "author", "tags");
        assertThat(post.get("title").textValue()).isEqualTo("Hello");
        assertThat(post.get("content").textValue()).isEqualTo("World");
        assertThat(post.get("published")).isEqualTo(BooleanNode.FALSE);
        assertThat(post.get("viewCount").numberValue().longValue()).isZero();
        assertThat(post.get("createdAt").textValue()).matches(TIMESTAMP);
        assertThat(post.get("updatedAt")).isEqualTo(post.get("createdAt"));
        assertThat(post.get("author")).isEqualTo(json("""
                {"id": %d, "username": "alice", "fullName": "Full alice", "imageUrl": null}""".formatted(alice)));
        assertThat(tagNames(post)).containsExactly("java", "spring");
        assertThat(post.get("tags")).allSatisfy(tag ->
                assertThat(fieldNames(tag)).containsExactlyInAnyOrder("id", "name"));
        assertThat(api.get(response.header("Location").orElseThrow()).json()).isEqualTo(post);
    }

    @Test
    void a_post_without_tags_has_an_empty_tag_list_and_an_author_without_full_name_a_null_one() {
        ApiResponse user = api.post("/api/users", toJson(Map.of("username", "bare",
                "email", "bare@example.com", "password", "secret-password")));
        authors.put(id(user.json()), api.loggedIn("bare", "secret-password"));

        ApiResponse response = createPost(id(user.json()), Map.of("title", "T", "content", "C", "published", true));

        assertThat(response.status()).isEqualTo(201);
        JsonNode post = response.json();
        assertThat(post.get("tags")).isEqualTo(json("[]"));
        assertThat(post.get("published")).isEqualTo(BooleanNode.TRUE);
        assertThat(post.get("author").get("username").textValue()).isEqualTo("bare");
        assertThat(post.get("author").has("fullName")).isTrue();
        assertThat(post.get("author").get("fullName").isNull()).isTrue();
        assertThat(response.body()).contains("\"fullName\":null").contains("\"tags\":[]");
    }

    @Test
    void create_without_a_token_is_401_and_stores_nothing() {
        ApiResponse anonymous = new ApiClient(server.getURI()).post("/api/posts", "{\"title\": \"T\", \"content\": \"C\"}");

        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).contains("Bearer");
        assertThat(total(api.get("/api/posts"))).isEqualTo(0);
    }

    @Test
    void drafts_are_listed_for_their_author_and_admins_and_counted_for_no_tag() {
        long alice = createUser("alice");
        long bob = createUser("bob");
        ApiResponse draft = createPost(alice, Map.of("title", "draft", "content", "C", "tags", List.of("java")));
        createPost(bob, "published", List.of("java"));
        long draftId = id(draft.json());
        ApiClient anonymous = new ApiClient(server.getURI());

        assertThat(titles(anonymous.get("/api/posts"))).containsExactly("published");
        assertThat(titles(authors.get(bob).get("/api/posts"))).containsExactly("published");
        assertThat(titles(authors.get(alice).get("/api/posts"))).containsExactly("published", "draft");
        assertThat(titles(authors.get(alice).get("/api/posts?published=false"))).containsExactly("draft");
        assertThat(titles(authors.get(bob).get("/api/posts?published=false"))).isEmpty();
        assertThat(titles(api.get("/api/posts?published=false"))).containsExactly("draft");
        assertThat(titles(anonymous.get("/api/tags/java/posts"))).containsExactly("published");
        assertThat(titles(anonymous.get("/api/users/" + alice + "/posts"))).isEmpty();
        assertThat(total(anonymous.get("/api/users/" + alice + "/posts"))).isEqualTo(0);
        assertProblem(anonymous.get("/api/posts/" + draftId), 404);
        assertProblem(authors.get(bob).send("POST", "/api/posts/" + draftId + "/views", null, null), 404);
        assertProblem(authors.get(bob).patch("/api/posts/" + draftId, "{\"title\": \"mine\"}"), 404);
        assertThat(tagsWithPostCounts(anonymous.get("/api/tags"))).containsExactly("java=1");
    }

    @Test
    void create_with_invalid_values_is_400_naming_every_field() {
        long alice = createUser("alice");

        ApiResponse missing = createPost(alice, Map.of());
        ApiResponse tooLong = createPost(alice, Map.of("title", "x".repeat(201), "content", "x".repeat(100_001)));
        ApiResponse blank = createPost(alice, Map.of("title", "  ", "content", "C"));
        ApiResponse elevenTags = createPost(alice, Map.of("title", "T", "content", "C",
                "tags", IntStream.range(0, 11).mapToObj(i -> "t" + i).toList()));
        ApiResponse badTag = createPost(alice, Map.of("title", "T", "content", "C",
                "tags", List.of("ok", "bad\u0000")));
        ApiResponse longTag = createPost(alice, Map.of("title", "T", "content", "C", "tags", List.of("x".repeat(51))));

        assertProblem(missing, 400);
        assertThat(errorFields(missing)).contains("title", "content");
        assertProblem(tooLong, 400);
        assertThat(errorFields(tooLong)).containsExactlyInAnyOrder("title", "content");
        assertProblem(blank, 400);
        assertThat(errorFields(blank)).containsExactly("title");
        assertProblem(elevenTags, 400);
        assertThat(errorFields(elevenTags)).containsExactly("tags");
        assertProblem(badTag, 400);
        assertThat(errorFields(badTag)).containsExactly("tags");
        assertProblem(longTag, 400);
        assertThat(errorFields(longTag)).containsExactly("tags");
        assertThat(total(api.get("/api/posts"))).isEqualTo(0);
        assertThat(total(api.get("/api/tags"))).isEqualTo(0);
    }

    @Test
    void create_with_malformed_json_wrong_types_or_media_type_is_400_or_415() {
        long alice = createUser("alice");

        ApiResponse malformed = authors.get(alice).post("/api/posts", "{\"title\":");
        ApiResponse wrongType = createPost(alice, Map.of("title", Map.of("nested", "object"), "content", "C"));
        ApiResponse wrongMedia = authors.get(alice).send("POST", "/api/posts", "title=T", "text/plain");

        assertProblem(malformed, 400);
        assertProblem(wrongType, 400);
        assertProblem(wrongMedia, 415);
    }

    @Test
    void create_with_a_value_of_the_wrong_json_type_is_400_naming_the_field() {
        long alice = createUser("alice");

        for (WrongType wrong : WRONG_TYPES) {
            ApiResponse response = authors.get(alice).post("/api/posts",
                    wrong.in("{\"title\": \"T\", \"content\": \"C\"}"));

            assertWrongJsonType(response, wrong);
        }
        assertThat(total(api.get("/api/posts"))).isEqualTo(0);
        assertThat(total(api.get("/api/tags"))).isEqualTo(0);
    }

    // --- GET /api/posts/{id}

    @Test
    void get_is_200_or_404_or_400_for_a_non_numeric_id() {
        long id = createPost(createUser("alice"), "Hello", List.of("java"));

        ApiResponse found = api.get("/api/posts/" + id);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("title").textValue()).isEqualTo("Hello");
        assertThat(tagNames(found.json())).containsExactly("java");
        assertProblem(api.get("/api/posts/987654"), 404);
        assertProblem(api.get("/api/posts/abc"), 400);
    }

    // --- GET /api/posts

    @Test
    void list_is_newest_first_paged_and_counted_with_authors_and_tags() {
        long alice = createUser("alice");
        for (int i = 0; i < 5; i++) {
            createPost(alice, "post" + i, List.of("tag" + i % 2));
        }

        ApiResponse firstPage = api.get("/api/posts?limit=2");
        ApiResponse secondPage = api.get("/api/posts?offset=2&limit=2");
        ApiResponse defaults = api.get("/api/posts");

        assertThat(titles(firstPage)).containsExactly("post4", "post3");
        assertThat(titles(secondPage)).containsExactly("post2", "post1");
        assertThat(paging(firstPage)).containsExactly(0, 2, 5);
        assertThat(paging(defaults)).startsWith(0, 20);
        assertThat(defaults.json().get("items")).hasSize(5).allSatisfy(post -> {
            assertThat(fieldNames(post)).contains("author", "tags");
            assertThat(tagNames(post)).hasSize(1);
        });
    }

    @Test
    void list_filters_by_author_tag_and_published() {
        long alice = createUser("alice");
        long bob = createUser("bob");
        createPost(alice, Map.of("title", "alice-java", "content", "C", "tags", List.of("java")));
        createPost(bob, Map.of("title", "bob-go", "content", "C", "tags", List.of("go")));
        createPost(bob, Map.of("title", "bob-java-published", "content", "C", "published", true,
                "tags", List.of("java", "go")));

        assertThat(titles(api.get("/api/posts?authorId=" + bob))).containsExactly("bob-java-published", "bob-go");
        assertThat(titles(api.get("/api/posts?tag=Java"))).containsExactly("bob-java-published", "alice-java");
        assertThat(titles(api.get("/api/posts?published=true"))).containsExactly("bob-java-published");
        assertThat(titles(api.get("/api/posts?published=false&tag=go"))).containsExactly("bob-go");
        assertThat(total(api.get("/api/posts?tag=java&authorId=" + alice))).isEqualTo(1);
        assertThat(total(api.get("/api/posts?tag=unknown"))).isEqualTo(0);
        assertThat(total(api.get("/api/posts?authorId=987654"))).isEqualTo(0);
    }

    @Test
    void list_with_bad_query_parameters_is_400_naming_the_parameter() {
        for (String query : List.of("limit=0", "limit=101", "offset=-1", "limit=x", "published=maybe",
                "authorId=abc")) {
            ApiResponse response = api.get("/api/posts?" + query);

            assertProblem(response, 400);
            assertThat(errorFields(response)).as(query).containsExactly(query.substring(0, query.indexOf('=')));
        }
        ApiResponse badTag = api.get("/api/posts?tag=%20");
        assertProblem(badTag, 400);
        assertThat(errorFields(badTag)).containsExactly("tag");
        assertThat(api.get("/api/posts?limit=100").status()).isEqualTo(200);
    }

    // --- PATCH /api/posts/{id}

    @Test
    void patch_changes_only_the_sent_fields_and_tags_replace_the_set() {
        long id = createPost(createUser("alice"), "Old", List.of("java", "go"));
        JsonNode before = api.get("/api/posts/" + id).json();

        ApiResponse response = patch(id, Map.of("title", "New", "published", true, "tags", List.of("Rust", "go")));

        assertThat(response.status()).isEqualTo(200);
        JsonNode patched = response.json();
        assertThat(patched.get("title").textValue()).isEqualTo("New");
        assertThat(patched.get("content")).isEqualTo(before.get("content"));
        assertThat(patched.get("published")).isEqualTo(BooleanNode.TRUE);
        assertThat(tagNames(patched)).containsExactly("go", "rust");
        assertThat(patched.get("createdAt")).isEqualTo(before.get("createdAt"));
        assertThat(patched.get("updatedAt").textValue()).isGreaterThanOrEqualTo(before.get("updatedAt").textValue());
        assertThat(api.get("/api/posts/" + id).json()).isEqualTo(patched);
    }

    @Test
    void patch_accepts_merge_patch_json_and_an_empty_tag_list_clears_the_tags() {
        long id = createPost(createUser("alice"), "Title", List.of("java"));

        ApiResponse response = api.send("PATCH", "/api/posts/" + id, "{\"tags\": []}",
                "application/merge-patch+json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("tags")).isEqualTo(json("[]"));
        assertThat(response.json().get("title").textValue()).isEqualTo("Title");
    }

    @Test
    void patch_with_null_or_invalid_values_is_400_and_changes_nothing() {
        long id = createPost(createUser("alice"), "Title", List.of("java"));
        JsonNode before = api.get("/api/posts/" + id).json();

        for (String field : List.of("title", "content", "published", "tags")) {
            ApiResponse response = api.patch("/api/posts/" + id, "{\"" + field + "\": null}");

            assertProblem(response, 400);
            assertThat(errorFields(response)).containsExactly(field);
        }
        assertProblem(patch(id, Map.of("title", "")), 400);
        assertProblem(patch(id, Map.of("tags", IntStream.range(0, 11).mapToObj(i -> "t" + i).toList())), 400);
        assertThat(api.get("/api/posts/" + id).json()).isEqualTo(before);
    }

    @Test
    void patch_with_a_value_of_the_wrong_json_type_is_400_naming_the_field_and_changes_nothing() {
        long id = createPost(createUser("alice"), "Title", List.of("java"));
        JsonNode before = api.get("/api/posts/" + id).json();

        for (WrongType wrong : WRONG_TYPES) {
            assertWrongJsonType(api.patch("/api/posts/" + id, wrong.in("{}")), wrong);
        }
        assertThat(api.get("/api/posts/" + id).json()).isEqualTo(before);
        assertThat(tagsWithPostCounts(api.get("/api/tags"))).containsExactly("java=1");
    }

    @Test
    void fields_a_client_may_not_set_are_400_naming_the_field_and_change_nothing() {
        long alice = createUser("alice");
        long id = createPost(alice, "Title", List.of());
        JsonNode before = api.get("/api/posts/" + id).json();

        for (String field : List.of("id", "createdAt", "viewCount", "likeCount", "author", "colour")) {
            String value = field.equals("createdAt") ? "\"2020-01-01T00:00:00Z\"" : "7";
            ApiResponse created = authors.get(alice).post("/api/posts",
                    "{\"title\": \"T\", \"content\": \"C\", \"" + field + "\": " + value + "}");
            ApiResponse patched = authors.get(alice).patch("/api/posts/" + id, "{\"" + field + "\": " + value + "}");

            for (ApiResponse refused : List.of(created, patched)) {
                assertProblem(refused, 400);
                assertThat(refused.body()).as(field).contains(field);
            }
        }
        assertThat(api.get("/api/posts/" + id).json()).isEqualTo(before);
        assertThat(total(api.get("/api/posts"))).isEqualTo(1);
    }

    @Test
    void patch_of_an_unknown_post_is_404() {
        assertProblem(patch(987654, Map.of("title", "T")), 404);
    }

    // --- DELETE /api/posts/{id}

    @Test
    void delete_is_204_then_404_and_the_tags_stay() {
        long id = createPost(createUser("alice"), "Title", List.of("java"));

        ApiResponse deleted = api.delete("/api/posts/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(api.get("/api/posts/" + id), 404);
        assertProblem(api.delete("/api/posts/" + id), 404);
        assertThat(tagsWithPostCounts(api.get("/api/tags"))).containsExactly("java=0");
    }

    // --- POST /api/posts/{id}/views

    @Test
    void views_count_up_and_an_unknown_post_is_404() {
        long id = createPost(createUser("alice"), "Title", List.of());

        ApiResponse first = view(id);
        ApiResponse second = view(id);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).isEqualTo(json("{\"viewCount\": 1}"));
        assertThat(second.json()).isEqualTo(json("{\"viewCount\": 2}"));
        assertThat(api.get("/api/posts/" + id).json().get("viewCount").numberValue()).isEqualTo(2);
        assertProblem(view(987654), 404);
    }

    @Test
    void fifty_concurrent_views_lose_no_increment() throws Exception {
        long id = createPost(createUser("alice"), "Popular", List.of());

        List<Long> counts = Concurrently.run(IntStream.range(0, 50).<Callable<Long>>mapToObj(i -> () ->
                view(id).json().get("viewCount").numberValue().longValue()).toList());

        assertThat(counts).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
    }

    // --- POST /api/posts/{id}/tags

    @Test
    void adding_a_tag_creates_it_normalised_and_adding_it_again_changes_nothing() {
        long id = createPost(createUser("alice"), "Title", List.of("spring"));

        ApiResponse added = addTag(id, Map.of("name", " Java "));
        ApiResponse again = addTag(id, Map.of("name", "JAVA"));

        assertThat(added.status()).isEqualTo(200);
        assertThat(tagNames(added.json())).containsExactly("java", "spring");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(added.json());
        assertThat(total(api.get("/api/tags"))).isEqualTo(2);
    }

    @Test
    void adding_a_tag_to_an_unknown_post_is_404_and_invalid_names_are_400() {
        long id = createPost(createUser("alice"), "Title", IntStream.range(0, 10).mapToObj(i -> "t" + i).toList());

        assertProblem(addTag(987654, Map.of("name", "java")), 404);
        List<Map<String, String>> invalid = List.of(Map.of(), Map.of("name", "  "), Map.of("name", "x".repeat(51)),
                Map.of("name", "a\u200Bb"));
        for (Map<String, String> body : invalid) {
            ApiResponse response = addTag(id, body);
            assertProblem(response, 400);
            assertThat(errorFields(response)).containsExactly("name");
        }
        ApiResponse eleventh = addTag(id, Map.of("name", "one-more"));
        assertProblem(eleventh, 400);
        assertThat(errorFields(eleventh)).containsExactly("tags");
    }

    @Test
    void adding_a_tag_whose_name_is_not_a_json_string_is_400_naming_the_field_and_changes_nothing() {
        long id = createPost(createUser("alice"), "Title", List.of());
        JsonNode before = api.get("/api/posts/" + id).json();

        for (String name : List.of("true", "1", "[\"java\"]", "{}")) {
            WrongType wrong = new WrongType("name", name, "must be a string");

            assertWrongJsonType(api.post("/api/posts/" + id + "/tags", wrong.in("{}")), wrong);
        }
        assertThat(api.get("/api/posts/" + id).json()).isEqualTo(before);
        assertThat(total(api.get("/api/tags"))).isEqualTo(0);
    }

    @Test
    void twenty_concurrent_adds_of_one_new_name_create_exactly_one_tag() throws Exception {
        long alice = createUser("alice");
        List<Long> posts = IntStream.range(0, 20).mapToObj(i -> createPost(alice, "post" + i, List.of()))
                .toList();

        List<Integer> statuses = Concurrently.run(posts.stream().<Callable<Integer>>map(id -> () ->
                addTag(id, Map.of("name", "Brand-New")).status()).toList());

        assertThat(statuses).containsOnly(200);
        assertThat(tagsWithPostCounts(api.get("/api/tags"))).containsExactly("brand-new=20");
    }

    // --- DELETE /api/posts/{id}/tags/{tagId}

    @Test
    void removing_a_tag_is_204_also_when_the_post_did_not_have_it_and_404_for_unknown_post_or_tag() {
        long alice = createUser("alice");
        JsonNode post = createPost(alice, Map.of("title", "T", "content", "C", "tags", List.of("java", "go"))).json();
        long other = createPost(alice, "Other", List.of("rust"));
        long javaId = id(post.get("tags").get(1));
        long rustId = id(api.get("/api/posts/" + other).json().get("tags").get(0));

        ApiResponse removed = api.delete("/api/posts/" + id(post) + "/tags/" + javaId);
        ApiResponse notThere = api.delete("/api/posts/" + id(post) + "/tags/" + rustId);

        assertThat(removed.status()).isEqualTo(204);
        assertThat(notThere.status()).isEqualTo(204);
        assertThat(tagNames(api.get("/api/posts/" + id(post)).json())).containsExactly("go");
        assertProblem(api.delete("/api/posts/987654/tags/" + javaId), 404);
        assertProblem(api.delete("/api/posts/" + id(post) + "/tags/987654"), 404);
        assertThat(total(api.get("/api/tags"))).isEqualTo(3);
    }

    // --- GET /api/tags

    @Test
    void tags_are_listed_by_name_with_post_counts_and_paged() {
        long alice = createUser("alice");
        createPost(alice, "one", List.of("spring", "java"));
        createPost(alice, "two", List.of("java", "docker"));
        assertThat(createPost(alice, Map.of("title", "A draft", "content", "postCount leaves it out",
                "tags", List.of("java"))).status()).isEqualTo(201);

        ApiResponse all = api.get("/api/tags");
        ApiResponse window = api.get("/api/tags?offset=1&limit=1");

        assertThat(tagsWithPostCounts(all)).containsExactly("docker=1", "java=2", "spring=1");
        assertThat(all.json().get("items")).allSatisfy(tag ->
                assertThat(fieldNames(tag)).containsExactlyInAnyOrder("id", "name", "postCount"));
        assertThat(window.json().get("items")).extracting(tag -> tag.get("name").textValue()).containsExactly("java");
        assertThat(paging(window)).containsExactly(1, 1, 3);
        assertProblem(api.get("/api/tags?limit=101"), 400);
        assertProblem(api.get("/api/tags?offset=-1"), 400);
    }

    // --- GET /api/tags/{name}/posts

    @Test
    void the_posts_of_a_tag_newest_first_and_404_for_an_unknown_tag() {
        long alice = createUser("alice");
        createPost(alice, "first", List.of("java"));
        createPost(alice, "second", List.of("go"));
        createPost(alice, "third", List.of("java", "go"));

        ApiResponse java = api.get("/api/tags/java/posts");

        assertThat(titles(java)).containsExactly("third", "first");
        assertThat(total(java)).isEqualTo(2);
        assertThat(java.json().get("items")).allSatisfy(post ->
                assertThat(fieldNames(post)).contains("author", "tags"));
        assertThat(titles(api.get("/api/tags/JAVA/posts?limit=1"))).containsExactly("third");
        assertProblem(api.get("/api/tags/cobol/posts"), 404);
        assertProblem(api.get("/api/tags/java/posts?limit=0"), 400);
    }

    // --- GET /api/users/{id}/posts and DELETE /api/users/{id}

    @Test
    void the_posts_of_a_user_and_404_for_an_unknown_user() {
        long alice = createUser("alice");
        long bob = createUser("bob");
        createPost(alice, "a1", List.of());
        createPost(bob, "b1", List.of());
        createPost(alice, "a2", List.of());

        ApiResponse alices = api.get("/api/users/" + alice + "/posts");

        assertThat(titles(alices)).containsExactly("a2", "a1");
        assertThat(total(alices)).isEqualTo(2);
        assertThat(titles(api.get("/api/users/" + alice + "/posts?offset=1&limit=1"))).containsExactly("a1");
        assertProblem(api.get("/api/users/987654/posts"), 404);
        assertProblem(api.get("/api/users/" + alice + "/posts?limit=101"), 400);
    }

    @Test
    void deleting_a_user_deletes_their_posts_and_links_but_keeps_the_tags() {
        long alice = createUser("alice");
        long bob = createUser("bob");
        long bobsPost = createPost(bob, "bob's", List.of("java", "go"));
        createPost(alice, "alice's", List.of("java"));

        ApiClient bobsClient = api.loggedIn("bob", "secret-password");
        assertThat(bobsClient.delete("/api/users/" + bob).status()).isEqualTo(204);

        assertProblem(api.get("/api/posts/" + bobsPost), 404);
        assertThat(titles(api.get("/api/posts"))).containsExactly("alice's");
        assertThat(tagsWithPostCounts(api.get("/api/tags"))).containsExactly("go=0", "java=1");
    }

}
