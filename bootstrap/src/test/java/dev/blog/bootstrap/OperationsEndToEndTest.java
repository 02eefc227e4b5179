package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** What an operator relies on: health, metrics, pool state, the API description, request ids. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsEndToEndTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(server.getURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/liveness", "/health/readiness"})
    void health_is_up_and_tells_nothing_more(String path) {
        ApiResponse health = api.get(path);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("jdbc:", "postgres");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/prometheus", "/pool"})
    void metrics_and_the_pool_state_are_for_admins_only(String path) {
        TestDatabase.get().truncateAllTables();
        ApiResponse anonymous = api.get(path);
        ApiResponse user = TestAccounts.user(api, "operator_" + path.substring(1)).client().get(path);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).contains("Bearer");
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(user.status()).isEqualTo(403);
        assertThat(anonymous.body() + user.body()).doesNotContain("hikari", "jvm_");
    }

    private ApiClient admin() {
        TestDatabase.get().truncateAllTables();
        return TestAccounts.admin(api, "admin").client();
    }

    @Test
    void prometheus_exposes_http_jvm_and_pool_metrics() {
        api.get("/api/users");

        ApiResponse metrics = admin().get("/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/users\"")
                .contains("jvm_memory_used_bytes{")
                .contains("hikaricp_connections_active{")
                .contains("hikaricp_connections_max{")
                .contains("hikaricp_connections_pending{");
    }

    @Test
    void the_pool_endpoint_shows_the_pool_state() {
        ApiResponse pool = admin().get("/pool");

        assertThat(pool.status()).isEqualTo(200);
        JsonNode state = pool.json();
        assertThat(state.get("maximum").asInt()).isEqualTo(8);
        assertThat(state.get("total").asInt()).isBetween(1, 8);
        assertThat(state.get("active").asInt() + state.get("idle").asInt()).isEqualTo(state.get("total").asInt());
        assertThat(state.get("threadsWaiting").asInt()).isZero();
        assertThat(state.get("connectionTimeoutMillis").asLong()).isEqualTo(3000);
    }

    @Test
    void the_openapi_document_and_swagger_ui_are_served() {
        ApiResponse spec = api.get("/swagger/blog-1.0.yml");
        ApiResponse ui = api.get("/swagger-ui/index.html");

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: 3", "/api/users:", "/api/users/{id}:", "application/problem+json",
                "maximum: 100");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui", "/swagger/blog-1.0.yml");
    }

    /** Every operation of the contract with every status it may answer; the OpenAPI paths spell it so. */
    private static final Map<String, List<String>> CONTRACT = Map.ofEntries(
            entry("POST /api/auth/login", List.of("200", "400", "401", "429", "503")),
            entry("POST /api/auth/logout", List.of("204", "400", "401", "503")),
            entry("GET /api/users/me", List.of("200", "400", "401", "503")),
            entry("POST /api/users", List.of("201", "400", "409", "415", "503")),
            entry("GET /api/users", List.of("200", "400", "401", "403", "503")),
            entry("GET /api/users/{id}", List.of("200", "400", "404", "503")),
            entry("PATCH /api/users/{id}", List.of("200", "400", "401", "403", "404", "409", "412", "415", "429",
                    "503")),
            entry("DELETE /api/users/{id}", List.of("204", "400", "401", "403", "404", "412", "503")),
            entry("GET /api/users/{userId}/posts", List.of("200", "400", "404", "503")),
            entry("PUT /api/users/{id}/follow", List.of("200", "400", "401", "404", "503")),
            entry("DELETE /api/users/{id}/follow", List.of("200", "400", "401", "404", "503")),
            entry("GET /api/users/{id}/followers", List.of("200", "400", "404", "503")),
            entry("GET /api/users/{id}/following", List.of("200", "400", "404", "503")),
            entry("POST /api/posts", List.of("201", "400", "401", "415", "503")),
            entry("GET /api/posts", List.of("200", "400", "503")),
            entry("GET /api/feed", List.of("200", "400", "401", "503")),
            entry("GET /api/posts/{id}", List.of("200", "400", "404", "503")),
            entry("GET /api/posts/slug/{slug}", List.of("200", "400", "404", "503")),
            entry("PATCH /api/posts/{id}", List.of("200", "400", "401", "403", "404", "412", "415", "503")),
            entry("DELETE /api/posts/{id}", List.of("204", "400", "401", "403", "404", "412", "503")),
            entry("POST /api/posts/{id}/views", List.of("200", "400", "404", "503")),
            entry("PUT /api/posts/{id}/like", List.of("200", "400", "401", "404", "503")),
            entry("DELETE /api/posts/{id}/like", List.of("200", "400", "401", "404", "503")),
            entry("POST /api/posts/{id}/comments", List.of("201", "400", "401", "404", "415", "503")),
            entry("GET /api/posts/{id}/comments", List.of("200", "400", "404", "503")),
            entry("GET /api/comments/{id}", List.of("200", "400", "404", "503")),
            entry("PATCH /api/comments/{id}", List.of("200", "400", "401", "403", "404", "412", "415", "503")),
            entry("DELETE /api/comments/{id}", List.of("204", "400", "401", "403", "404", "412", "503")),
            entry("POST /api/posts/{id}/tags", List.of("200", "400", "401", "403", "404", "415", "503")),
            entry("DELETE /api/posts/{id}/tags/{tagId}", List.of("204", "400", "401", "403", "404", "503")),
            entry("GET /api/tags", List.of("200", "400", "503")),
            entry("GET /api/tags/{name}/posts", List.of("200", "400", "404", "503")));

    @Test
    void the_openapi_document_has_every_operation_of_the_contract_with_its_statuses() {
        Map<String, Map<String, Object>> operations = openApiOperations();

        assertThat(operations).containsOnlyKeys(CONTRACT.keySet());
        CONTRACT.forEach((operation, statuses) -> {
            Map<String, Map<String, Object>> responses = map(operations.get(operation).get("responses"));
            assertThat(responses).as(operation).containsOnlyKeys(statuses);
            responses.forEach((status, response) -> {
                String what = operation + " " + status;
                assertThat((String) response.get("description")).as(what)
                        .isNotBlank().doesNotMatch(".* \\d{3} response");
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(map(response.get("content"))).as(what).containsOnlyKeys("application/problem+json");
                    assertThat(map(map(map(response.get("content")).get("application/problem+json")).get("schema")))
                            .as(what).containsEntry("$ref", "#/components/schemas/Problem");
                }
                if (status.equals("201")) {
                    assertThat(map(response.get("headers"))).as(what).containsKey("Location");
                }
            });
        });
    }

    @Test
    void every_operation_has_a_distinct_name_a_client_generator_can_use() {
        List<String> ids = openApiOperations().values().stream().map(operation -> (String) operation.get("operationId"))
                .toList();

        assertThat(ids).hasSize(CONTRACT.size()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z][A-Za-z]+"))
                .contains("listPosts", "getPost", "listPostsOfUser", "listUsers", "getUser", "listTags",
                        "listPostsOfTag", "login", "logout", "getCurrentUser");
    }

    @Test
    void the_bearer_scheme_is_declared_and_each_operation_that_needs_a_token_says_so() {
        Map<String, Object> document = openApi();
        Map<String, Map<String, Object>> schemes = map(map(document.get("components")).get("securitySchemes"));

        assertThat(schemes.get("bearerAuth")).containsEntry("type", "http").containsEntry("scheme", "bearer");
        Map<String, Map<String, Object>> operations = openApiOperations();
        List<String> needingToken = operations.entrySet().stream()
                .filter(operation -> operation.getValue().containsKey("security"))
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(needingToken).containsExactly("DELETE /api/comments/{id}", "DELETE /api/posts/{id}",
                "DELETE /api/posts/{id}/like", "DELETE /api/posts/{id}/tags/{tagId}", "DELETE /api/users/{id}",
                "DELETE /api/users/{id}/follow", "GET /api/feed", "GET /api/users/me", "PATCH /api/comments/{id}",
                "PATCH /api/posts/{id}", "PATCH /api/users/{id}", "POST /api/auth/logout", "POST /api/posts",
                "POST /api/posts/{id}/comments", "POST /api/posts/{id}/tags", "PUT /api/posts/{id}/like",
                "PUT /api/users/{id}/follow");
    }

    @Test
    void timestamps_are_documented_as_date_times() {
        Map<String, Map<String, Object>> schemas = map(map(openApi().get("components")).get("schemas"));

        for (String response : List.of("PostResponse", "PrivateUser", "PublicUser")) {
            Map<String, Map<String, Object>> fields = map(schemas.get(response).get("properties"));
            assertThat(fields.get("createdAt")).as(response).containsEntry("type", "string")
                    .containsEntry("format", "date-time");
            if (!response.equals("PublicUser")) {
                assertThat(fields.get("updatedAt")).as(response).containsEntry("format", "date-time");
            }
        }
    }

    @Test
    void the_openapi_document_shows_the_limits_of_parameters_and_bodies() {
        Map<String, Map<String, Object>> operations = openApiOperations();
        Map<String, Map<String, Object>> schemas = map(map(openApi().get("components")).get("schemas"));

        for (String list : List.of("GET /api/users", "GET /api/users/{userId}/posts", "GET /api/posts",
                "GET /api/tags", "GET /api/tags/{name}/posts")) {
            Map<String, Map<String, Object>> parameters = parameterSchemas(operations.get(list));
            assertThat(parameters.get("offset")).as(list).containsEntry("minimum", 0).containsEntry("maximum", 10_000)
                    .containsEntry("default", 0);
            assertThat(parameters).as(list).containsKey("cursor");
            assertThat(parameters.get("limit")).as(list).containsEntry("minimum", 1).containsEntry("maximum", 100)
                    .containsEntry("default", 20);
        }
        Map<String, Map<String, Object>> postFilters = parameterSchemas(operations.get("GET /api/posts"));
        assertThat(postFilters).containsKeys("authorId", "tag", "published");
        assertThat(postFilters.get("published")).containsEntry("type", "boolean");
        assertThat(postFilters.get("tag")).containsEntry("maxLength", 50);

        for (String body : List.of("CreatePostRequest", "UpdatePostRequest")) {
            Map<String, Map<String, Object>> fields = map(schemas.get(body).get("properties"));
            assertThat(fields).as(body).containsOnlyKeys("title", "content", "summary", "published", "tags");
            assertThat(fields.get("summary")).as(body).containsEntry("minLength", 1).containsEntry("maxLength", 500)
                    .containsEntry("nullable", true);
            assertThat(fields.get("title")).as(body).containsEntry("minLength", 1).containsEntry("maxLength", 200);
            assertThat(fields.get("content")).as(body).containsEntry("minLength", 1)
                    .containsEntry("maxLength", 100_000);
            assertThat(fields.get("tags")).as(body).containsEntry("maxItems", 10);
            assertThat(map(fields.get("tags").get("items"))).as(body).containsEntry("minLength", 1)
                    .containsEntry("maxLength", 50);
        }
        Map<String, Map<String, Object>> patchFields = map(schemas.get("UpdatePostRequest").get("properties"));
        patchFields.forEach((name, field) -> assertThat(field).as(name)
                .containsEntry("nullable", name.equals("summary")));
        assertThat((String) schemas.get("UpdatePostRequest").get("description"))
                .contains("merge patch", "replaces the whole set");
        Map<String, Map<String, Object>> tagFields = map(schemas.get("AddTagRequest").get("properties"));
        assertThat(tagFields.get("name")).containsEntry("minLength", 1).containsEntry("maxLength", 50);
        assertThat(map(schemas.get("PostResponse").get("properties"))).containsKeys("author", "tags");
        assertThat(map(schemas.get("PostListItem").get("properties"))).containsKeys("summary")
                .doesNotContainKey("content");
        assertThat(schemas).containsKeys("PageResponsePostListItemResponse", "PageResponseTagUsageResponse",
                "ViewCountResponse");
    }

    private Map<String, Object> openApi() {
        ApiResponse spec = api.get("/swagger/blog-1.0.yml");
        assertThat(spec.status()).isEqualTo(200);
        return new Yaml().load(spec.body());
    }

    /** Keyed like the contract: "GET /api/posts/{id}". */
    private Map<String, Map<String, Object>> openApiOperations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        Map<String, Map<String, Object>> paths = map(openApi().get("paths"));
        paths.forEach((path, methods) -> methods.forEach((method, operation) ->
                operations.put(method.toUpperCase() + " " + path, map(operation))));
        return operations;
    }

    private static Map<String, Map<String, Object>> parameterSchemas(Map<String, Object> operation) {
        Map<String, Map<String, Object>> schemas = new TreeMap<>();
        List<Map<String, Object>> parameters = list(operation.get("parameters"));
        parameters.forEach(parameter -> schemas.put((String) parameter.get("name"), map(parameter.get("schema"))));
        return schemas;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object yamlObject) {
        return (Map<String, V>) yamlObject;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object yamlSequence) {
        return (List<Map<String, Object>>) yamlSequence;
    }

    @Test
    void a_request_id_is_echoed_or_made_up() {
        ApiResponse given = api.send("GET", "/api/users", null, null, Map.of("X-Request-Id", "trace-42"));
        ApiResponse generated = api.get("/api/users");
        ApiResponse forged = api.send("GET", "/api/users", null, null, Map.of("X-Request-Id", "not a sane id!"));

        assertThat(given.header("X-Request-Id")).contains("trace-42");
        assertThat(generated.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(forged.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(api.get("/api/nothing").header("X-Request-Id")).isPresent();
    }
}
