package dev.blog.bootstrap;

import dev.blog.bootstrap.HttpTestClient.Reply;
import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Posts and Tags row of the API contract, end to end over HTTP against a real database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostsAndTagsHttpTest implements TestPropertyProvider {

    private static final String PROBLEM = "application/problem+json";
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    JsonMapper jsonMapper;

    private HttpTestClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.get().truncateAllTables();
        http = new HttpTestClient(httpClient, jsonMapper);
    }

    private long createUser(String username) {
        Reply reply = http.send(HttpRequest.POST("/api/users", Map.of("username", username,
                "email", username + "@example.com", "password", "secret-password", "fullName", "Full " + username)));
        assertThat(reply.status()).isEqualTo(201);
        return reply.id();
    }

    private Reply createPost(long userId, Map<String, Object> body) {
        return http.send(HttpRequest.POST("/api/users/" + userId + "/posts", body));
    }

    private long createPost(long userId, String title, List<String> tags) {
        Reply reply = createPost(userId, Map.of("title", title, "content", "Content of " + title, "tags", tags));
        assertThat(reply.status()).isEqualTo(201);
        return reply.id();
    }

    private Reply get(String uri) {
        return http.send(HttpRequest.GET(uri));
    }

    private static List<Object> tagNames(Map<String, Object> post) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tags = (List<Map<String, Object>>) post.get("tags");
        return tags.stream().map(tag -> tag.get("name")).toList();
    }

    private static List<Object> titles(Reply page) {
        return page.list("items").stream().map(post -> post.get("title")).toList();
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.object()).containsKeys("type", "title", "status", "detail");
        assertThat(reply.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql")
                .doesNotContain("posts_").doesNotContain("tags_");
    }

    // --- POST /api/users/{userId}/posts

    @Test
    void create_returns_201_with_location_and_the_full_representation() {
        long alice = createUser("alice");

        Reply reply = createPost(alice, Map.of("title", "Hello", "content", "World",
                "tags", List.of("Spring", " java ", "JAVA")));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.location()).isEqualTo("/api/posts/" + reply.id());
        assertThat(reply.object()).containsOnlyKeys("id", "title", "content", "published", "viewCount",
                "createdAt", "updatedAt", "author", "tags");
        assertThat(reply.get("title")).isEqualTo("Hello");
        assertThat(reply.get("content")).isEqualTo("World");
        assertThat(reply.get("published")).isEqualTo(false);
        assertThat(((Number) reply.get("viewCount")).longValue()).isZero();
        assertThat((String) reply.get("createdAt")).matches(TIMESTAMP);
        assertThat(reply.get("updatedAt")).isEqualTo(reply.get("createdAt"));
        assertThat(reply.get("author")).isEqualTo(Map.of("id", (int) alice, "username", "alice",
                "fullName", "Full alice"));
        assertThat(tagNames(reply.object())).containsExactly("java", "spring");
        assertThat(reply.list("tags")).allSatisfy(tag -> assertThat(tag).containsOnlyKeys("id", "name"));
        assertThat(get(reply.location()).object()).isEqualTo(reply.object());
    }

    @Test
    void a_post_without_tags_has_an_empty_tag_list_and_an_author_without_full_name_a_null_one() {
        Reply user = http.send(HttpRequest.POST("/api/users", Map.of("username", "bare",
                "email", "bare@example.com", "password", "secret-password")));

        Reply reply = createPost(user.id(), Map.of("title", "T", "content", "C", "published", true));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.get("tags")).isEqualTo(List.of());
        assertThat(reply.get("published")).isEqualTo(true);
        assertThat(reply.object("author")).containsEntry("username", "bare").containsEntry("fullName", null);
        assertThat(reply.body()).contains("\"fullName\":null").contains("\"tags\":[]");
    }

    @Test
    void create_for_an_unknown_user_is_404() {
        assertProblem(createPost(987_654, Map.of("title", "T", "content", "C")), 404);
    }

    @Test
    void create_with_invalid_values_is_400_naming_every_field() {
        long alice = createUser("alice");

        Reply missing = createPost(alice, Map.of());
        Reply tooLong = createPost(alice, Map.of("title", "x".repeat(201), "content", "x".repeat(100_001)));
        Reply blank = createPost(alice, Map.of("title", "  ", "content", "C"));
        Reply elevenTags = createPost(alice, Map.of("title", "T", "content", "C",
                "tags", IntStream.range(0, 11).mapToObj(i -> "t" + i).toList()));
        Reply badTag = createPost(alice, Map.of("title", "T", "content", "C", "tags", List.of("ok", "bad\u0000")));
        Reply longTag = createPost(alice, Map.of("title", "T", "content", "C", "tags", List.of("x".repeat(51))));

        assertProblem(missing, 400);
        assertThat(missing.errorFields()).contains("title", "content");
        assertProblem(tooLong, 400);
        assertThat(tooLong.errorFields()).containsExactlyInAnyOrder("title", "content");
        assertProblem(blank, 400);
        assertThat(blank.errorFields()).containsExactly("title");
        assertProblem(elevenTags, 400);
        assertThat(elevenTags.errorFields()).containsExactly("tags");
        assertProblem(badTag, 400);
        assertThat(badTag.errorFields()).containsExactly("tags");
        assertProblem(longTag, 400);
        assertThat(longTag.errorFields()).containsExactly("tags");
        assertThat(get("/api/posts").get("total")).isEqualTo(0);
        assertThat(get("/api/tags").get("total")).isEqualTo(0);
    }

    @Test
    void create_with_malformed_json_wrong_types_or_media_type_is_400_or_415() {
        long alice = createUser("alice");

        Reply malformed = http.send(HttpRequest.POST("/api/users/" + alice + "/posts", "{\"title\":")
                .contentType(MediaType.APPLICATION_JSON));
        Reply wrongType = createPost(alice, Map.of("title", Map.of("nested", "object"), "content", "C"));
        Reply wrongMedia = http.send(HttpRequest.POST("/api/users/" + alice + "/posts", "title=T")
                .contentType(MediaType.TEXT_PLAIN));

        assertProblem(malformed, 400);
        assertProblem(wrongType, 400);
        assertProblem(wrongMedia, 415);
    }

    // --- GET /api/posts/{id}

    @Test
    void get_is_200_or_404_or_400_for_a_non_numeric_id() {
        long id = createPost(createUser("alice"), "Hello", List.of("java"));

        Reply found = get("/api/posts/" + id);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.get("title")).isEqualTo("Hello");
        assertThat(tagNames(found.object())).containsExactly("java");
        assertProblem(get("/api/posts/987654"), 404);
        assertProblem(get("/api/posts/abc"), 400);
    }

    // --- GET /api/posts

    @Test
    void list_is_newest_first_paged_and_counted_with_authors_and_tags() {
        long alice = createUser("alice");
        for (int i = 0; i < 5; i++) {
            createPost(alice, "post" + i, List.of("tag" + i % 2));
        }

        Reply firstPage = get("/api/posts?limit=2");
        Reply secondPage = get("/api/posts?offset=2&limit=2");
        Reply defaults = get("/api/posts");

        assertThat(titles(firstPage)).containsExactly("post4", "post3");
        assertThat(titles(secondPage)).containsExactly("post2", "post1");
        assertThat(firstPage.object()).containsEntry("offset", 0).containsEntry("limit", 2).containsEntry("total", 5);
        assertThat(defaults.object()).containsEntry("offset", 0).containsEntry("limit", 20);
        assertThat(defaults.list("items")).hasSize(5).allSatisfy(post -> {
            assertThat(post).containsKeys("author", "tags");
            assertThat(tagNames(post)).hasSize(1);
        });
    }

    @Test
    void list_filters_by_author_tag_and_published() {
        long alice = createUser("alice");
        long bob = createUser("bob");
        createPost(alice, "alice-java", List.of("java"));
        createPost(bob, "bob-go", List.of("go"));
        createPost(bob, Map.of("title", "bob-java-published", "content", "C", "published", true,
                "tags", List.of("java", "go")));

        assertThat(titles(get("/api/posts?authorId=" + bob))).containsExactly("bob-java-published", "bob-go");
        assertThat(titles(get("/api/posts?tag=Java"))).containsExactly("bob-java-published", "alice-java");
        assertThat(titles(get("/api/posts?published=true"))).containsExactly("bob-java-published");
        assertThat(titles(get("/api/posts?published=false&tag=go"))).containsExactly("bob-go");
        assertThat(get("/api/posts?tag=java&authorId=" + alice).get("total")).isEqualTo(1);
        assertThat(get("/api/posts?tag=unknown").get("total")).isEqualTo(0);
        assertThat(get("/api/posts?authorId=987654").get("total")).isEqualTo(0);
    }

    @Test
    void list_with_bad_query_parameters_is_400_naming_the_parameter() {
        for (String query : List.of("limit=0", "limit=101", "offset=-1", "limit=x", "published=maybe",
                "authorId=abc")) {
            Reply reply = get("/api/posts?" + query);

            assertProblem(reply, 400);
            assertThat(reply.errorFields()).as(query).containsExactly(query.substring(0, query.indexOf('=')));
        }
        Reply badTag = get("/api/posts?tag=%20");
        assertProblem(badTag, 400);
        assertThat(badTag.errorFields()).containsExactly("tag");
        assertThat(get("/api/posts?limit=100").status()).isEqualTo(200);
    }

    // --- PATCH /api/posts/{id}

    @Test
    void patch_changes_only_the_sent_fields_and_tags_replace_the_set() {
        long id = createPost(createUser("alice"), "Old", List.of("java", "go"));
        Reply before = get("/api/posts/" + id);

        Reply patched = http.send(HttpRequest.PATCH("/api/posts/" + id,
                Map.of("title", "New", "published", true, "tags", List.of("Rust", "go"))));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("title")).isEqualTo("New");
        assertThat(patched.get("content")).isEqualTo(before.get("content"));
        assertThat(patched.get("published")).isEqualTo(true);
        assertThat(tagNames(patched.object())).containsExactly("go", "rust");
        assertThat(patched.get("createdAt")).isEqualTo(before.get("createdAt"));
        assertThat((String) patched.get("updatedAt")).isGreaterThanOrEqualTo((String) before.get("updatedAt"));
        assertThat(get("/api/posts/" + id).object()).isEqualTo(patched.object());
    }

    @Test
    void patch_accepts_merge_patch_json_and_an_empty_tag_list_clears_the_tags() {
        long id = createPost(createUser("alice"), "Title", List.of("java"));

        Reply patched = http.send(HttpRequest.PATCH("/api/posts/" + id, "{\"tags\": []}")
                .contentType("application/merge-patch+json"));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("tags")).isEqualTo(List.of());
        assertThat(patched.get("title")).isEqualTo("Title");
    }

    @Test
    void patch_with_null_or_invalid_values_is_400_and_changes_nothing() {
        long id = createPost(createUser("alice"), "Title", List.of("java"));
        Reply before = get("/api/posts/" + id);

        for (String field : List.of("title", "content", "published", "tags")) {
            Reply reply = http.send(HttpRequest.PATCH("/api/posts/" + id, "{\"" + field + "\": null}")
                    .contentType(MediaType.APPLICATION_JSON));

            assertProblem(reply, 400);
            assertThat(reply.errorFields()).containsExactly(field);
        }
        assertProblem(http.send(HttpRequest.PATCH("/api/posts/" + id, Map.of("title", ""))), 400);
        assertProblem(http.send(HttpRequest.PATCH("/api/posts/" + id,
                Map.of("tags", IntStream.range(0, 11).mapToObj(i -> "t" + i).toList()))), 400);
        assertThat(get("/api/posts/" + id).object()).isEqualTo(before.object());
    }

    @Test
    void patch_of_an_unknown_post_is_404() {
        assertProblem(http.send(HttpRequest.PATCH("/api/posts/987654", Map.of("title", "T"))), 404);
    }

    // --- DELETE /api/posts/{id}

    @Test
    void delete_is_204_then_404_and_the_tags_stay() {
        long id = createPost(createUser("alice"), "Title", List.of("java"));

        Reply deleted = http.send(HttpRequest.DELETE("/api/posts/" + id));

        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(get("/api/posts/" + id), 404);
        assertProblem(http.send(HttpRequest.DELETE("/api/posts/" + id)), 404);
        assertThat(get("/api/tags").list("items")).extracting(tag -> tag.get("name") + "=" + tag.get("postCount"))
                .containsExactly("java=0");
    }

    // --- POST /api/posts/{id}/views

    @Test
    void views_count_up_and_an_unknown_post_is_404() {
        long id = createPost(createUser("alice"), "Title", List.of());

        Reply first = http.send(HttpRequest.POST("/api/posts/" + id + "/views", ""));
        Reply second = http.send(HttpRequest.POST("/api/posts/" + id + "/views", ""));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.object()).isEqualTo(Map.of("viewCount", 1));
        assertThat(second.object()).isEqualTo(Map.of("viewCount", 2));
        assertThat(get("/api/posts/" + id).get("viewCount")).isEqualTo(2);
        assertProblem(http.send(HttpRequest.POST("/api/posts/987654/views", "")), 404);
    }

    @Test
    void fifty_concurrent_views_lose_no_increment() throws Exception {
        long id = createPost(createUser("alice"), "Popular", List.of());

        List<Long> counts = concurrently(IntStream.range(0, 50).<Callable<Long>>mapToObj(i -> () -> ((Number)
                http.send(HttpRequest.POST("/api/posts/" + id + "/views", "")).get("viewCount")).longValue())
                .toList());

        assertThat(counts).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
    }

    // --- POST /api/posts/{id}/tags

    @Test
    void adding_a_tag_creates_it_normalised_and_adding_it_again_changes_nothing() {
        long id = createPost(createUser("alice"), "Title", List.of("spring"));

        Reply added = http.send(HttpRequest.POST("/api/posts/" + id + "/tags", Map.of("name", " Java ")));
        Reply again = http.send(HttpRequest.POST("/api/posts/" + id + "/tags", Map.of("name", "JAVA")));

        assertThat(added.status()).isEqualTo(200);
        assertThat(tagNames(added.object())).containsExactly("java", "spring");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.object()).isEqualTo(added.object());
        assertThat(get("/api/tags").get("total")).isEqualTo(2);
    }

    @Test
    void adding_a_tag_to_an_unknown_post_is_404_and_invalid_names_are_400() {
        long id = createPost(createUser("alice"), "Title", IntStream.range(0, 10).mapToObj(i -> "t" + i).toList());

        assertProblem(http.send(HttpRequest.POST("/api/posts/987654/tags", Map.of("name", "java"))), 404);
        List<Map<String, String>> invalid = List.of(Map.of(), Map.of("name", "  "), Map.of("name", "x".repeat(51)),
                Map.of("name", "a\u200Bb"));
        for (Map<String, String> body : invalid) {
            Reply reply = http.send(HttpRequest.POST("/api/posts/" + id + "/tags", body));
            assertProblem(reply, 400);
            assertThat(reply.errorFields()).containsExactly("name");
        }
        Reply eleventh = http.send(HttpRequest.POST("/api/posts/" + id + "/tags", Map.of("name", "one-more")));
        assertProblem(eleventh, 400);
        assertThat(eleventh.errorFields()).containsExactly("tags");
    }

    @Test
    void twenty_concurrent_adds_of_one_new_name_create_exactly_one_tag() throws Exception {
        long alice = createUser("alice");
        List<Long> posts = IntStream.range(0, 20).mapToObj(i -> createPost(alice, "post" + i, List.of())).toList();

        List<Integer> statuses = concurrently(posts.stream().<Callable<Integer>>map(id -> () -> http.send(
                HttpRequest.POST("/api/posts/" + id + "/tags", Map.of("name", "Brand-New"))).status()).toList());

        assertThat(statuses).containsOnly(200);
        Reply tags = get("/api/tags");
        assertThat(tags.list("items")).extracting(tag -> tag.get("name") + "=" + tag.get("postCount"))
                .containsExactly("brand-new=20");
    }

    // --- DELETE /api/posts/{id}/tags/{tagId}

    @Test
    void removing_a_tag_is_204_also_when_the_post_did_not_have_it_and_404_for_unknown_post_or_tag() {
        long alice = createUser("alice");
        Reply post = createPost(alice, Map.of("title", "T", "content", "C", "tags", List.of("java", "go")));
        long other = createPost(alice, "Other", List.of("rust"));
        long javaId = ((Number) post.list("tags").get(1).get("id")).longValue();
        long rustId = ((Number) get("/api/posts/" + other).list("tags").get(0).get("id")).longValue();

        Reply removed = http.send(HttpRequest.DELETE("/api/posts/" + post.id() + "/tags/" + javaId));
        Reply notThere = http.send(HttpRequest.DELETE("/api/posts/" + post.id() + "/tags/" + rustId));

        assertThat(removed.status()).isEqualTo(204);
        assertThat(notThere.status()).isEqualTo(204);
        assertThat(tagNames(get("/api/posts/" + post.id()).object())).containsExactly("go");
        assertProblem(http.send(HttpRequest.DELETE("/api/posts/987654/tags/" + javaId)), 404);
        assertProblem(http.send(HttpRequest.DELETE("/api/posts/" + post.id() + "/tags/987654")), 404);
        assertThat(get("/api/tags").get("total")).isEqualTo(3);
    }

    // --- GET /api/tags

    @Test
    void tags_are_listed_by_name_with_post_counts_and_paged() {
        long alice = createUser("alice");
        createPost(alice, "one", List.of("spring", "java"));
        createPost(alice, "two", List.of("java", "docker"));

        Reply all = get("/api/tags");
        Reply window = get("/api/tags?offset=1&limit=1");

        assertThat(all.list("items")).extracting(tag -> tag.get("name") + "=" + tag.get("postCount"))
                .containsExactly("docker=1", "java=2", "spring=1");
        assertThat(all.list("items")).allSatisfy(tag -> assertThat(tag).containsOnlyKeys("id", "name", "postCount"));
        assertThat(window.list("items")).extracting(tag -> tag.get("name")).containsExactly("java");
        assertThat(window.object()).containsEntry("offset", 1).containsEntry("limit", 1).containsEntry("total", 3);
        assertProblem(get("/api/tags?limit=101"), 400);
        assertProblem(get("/api/tags?offset=-1"), 400);
    }

    // --- GET /api/tags/{name}/posts

    @Test
    void the_posts_of_a_tag_newest_first_and_404_for_an_unknown_tag() {
        long alice = createUser("alice");
        createPost(alice, "first", List.of("java"));
        createPost(alice, "second", List.of("go"));
        createPost(alice, "third", List.of("java", "go"));

        Reply java = get("/api/tags/java/posts");

        assertThat(titles(java)).containsExactly("third", "first");
        assertThat(java.get("total")).isEqualTo(2);
        assertThat(java.list("items")).allSatisfy(post -> assertThat(post).containsKeys("author", "tags"));
        assertThat(titles(get("/api/tags/JAVA/posts?limit=1"))).containsExactly("third");
        assertProblem(get("/api/tags/cobol/posts"), 404);
        assertProblem(get("/api/tags/java/posts?limit=0"), 400);
    }

    // --- GET /api/users/{id}/posts and DELETE /api/users/{id}

    @Test
    void the_posts_of_a_user_and_404_for_an_unknown_user() {
        long alice = createUser("alice");
        long bob = createUser("bob");
        createPost(alice, "a1", List.of());
        createPost(bob, "b1", List.of());
        createPost(alice, "a2", List.of());

        Reply alices = get("/api/users/" + alice + "/posts");

        assertThat(titles(alices)).containsExactly("a2", "a1");
        assertThat(alices.get("total")).isEqualTo(2);
        assertThat(titles(get("/api/users/" + alice + "/posts?offset=1&limit=1"))).containsExactly("a1");
        assertProblem(get("/api/users/987654/posts"), 404);
        assertProblem(get("/api/users/" + alice + "/posts?limit=101"), 400);
    }

    @Test
    void deleting_a_user_deletes_their_posts_and_links_but_keeps_the_tags() {
        long alice = createUser("alice");
        long bob = createUser("bob");
        long bobsPost = createPost(bob, "bob's", List.of("java", "go"));
        createPost(alice, "alice's", List.of("java"));

        assertThat(http.send(HttpRequest.DELETE("/api/users/" + bob)).status()).isEqualTo(204);

        assertProblem(get("/api/posts/" + bobsPost), 404);
        assertThat(titles(get("/api/posts"))).containsExactly("alice's");
        assertThat(get("/api/tags").list("items")).extracting(tag -> tag.get("name") + "=" + tag.get("postCount"))
                .containsExactly("go=0", "java=1");
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(executor.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
