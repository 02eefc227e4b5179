package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's "Text" rule over HTTP: every text field refuses U+0000 and unpaired surrogates with a 400
 * naming the field (in whichever way the client spells them: JSON escapes, raw bytes, the overlong UTF-8
 * {@code C0 80} that decoders turn into U+0000), and what is accepted is stored and returned unchanged.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextRulesHttpTest implements TestPropertyProvider {

    /** JSON string literals (quotes included) the service must refuse in every text field. */
    private static final List<String> UNSTORABLE = List.of(
            "\"a\\u0000b\"", "\"a\\ud800b\"", "\"a\\udfffb\"", "\"\\ude00\\ud83d\"", "\"ab\\ud83d\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String token;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.get().truncateAllTables();
        api = new ApiClient(server.getURI());
    }

    @Test
    void registering_refuses_unstorable_text_in_every_field_naming_it_and_stores_nothing() throws Exception {
        Map<String, String> valid = Map.of("username", "\"ada\"", "email", "\"ada@example.com\"",
                "password", "\"secret-password\"", "fullName", "\"Ada\"", "bio", "\"Hi\"");
        for (String field : valid.keySet()) {
            for (String bad : UNSTORABLE) {
                Map<String, String> body = new HashMap<>(valid);
                body.put(field, bad);
                assertRefused(api.post("/api/users", object(body)), field);
            }
        }
        assertThat(count("users")).isZero();
    }

    @Test
    void changing_a_user_refuses_unstorable_text_naming_the_field_and_changes_nothing() throws Exception {
        long id = register("ada");
        JsonNode before = api.get("/api/users/" + id).json();
        for (String field : List.of("username", "email", "password", "fullName", "bio")) {
            for (String bad : UNSTORABLE) {
                assertRefused(api.patch("/api/users/" + id, "{\"" + field + "\": " + bad + "}"), field);
            }
        }
        assertThat(api.get("/api/users/" + id).json()).isEqualTo(before);
    }

    @Test
    void posts_and_tags_refuse_unstorable_text_naming_the_field_and_change_nothing() throws Exception {
        long userId = register("ada");
        long postId = api.post("/api/posts", "{\"title\": \"T\", \"content\": \"C\"}")
                .json().get("id").asLong();
        JsonNode before = api.get("/api/posts/" + postId).json();
        for (String bad : UNSTORABLE) {
            assertRefused(api.post("/api/posts",
                    "{\"title\": " + bad + ", \"content\": \"C\"}"), "title");
            assertRefused(api.post("/api/posts",
                    "{\"title\": \"T\", \"content\": " + bad + "}"), "content");
            assertRefused(api.patch("/api/posts/" + postId, "{\"title\": " + bad + "}"), "title");
            assertRefused(api.patch("/api/posts/" + postId, "{\"content\": " + bad + "}"), "content");
            assertRefused(api.post("/api/posts/" + postId + "/tags", "{\"name\": " + bad + "}"), "name");
        }
        assertThat(api.get("/api/posts/" + postId).json()).isEqualTo(before);
        assertThat(count("posts")).isEqualTo(1);
        assertThat(count("tags")).isZero();
    }

    @Test
    void u0000_written_as_overlong_utf8_or_sent_raw_is_refused_too() throws Exception {
        long id = register("ada");
        for (byte[] encoded : List.of(new byte[]{(byte) 0xC0, (byte) 0x80}, new byte[]{(byte) 0xE0, (byte) 0x80,
                (byte) 0x80}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xF4,
                (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[]{(byte) 0xFF})) {
            HttpResponse<String> response = patchBytes(id, "{\"bio\": \"a", encoded, "b\"}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(api.get("/api/users/" + id).json().get("bio").isNull()).isTrue();
    }

    @Test
    void what_is_accepted_is_stored_and_returned_exactly() throws Exception {
        // An emoji (a surrogate pair), the highest code point, a combining mark and a control character.
        String text = "a\uD83D\uDE00b\uDBFF\uDFFFc e\u0301 \u0007 \u2028 end";
        long id = register("ada");
        ApiResponse patched = api.patch("/api/users/" + id, JSON.writeValueAsString(Map.of("bio", text)));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

        assertThat(patched.json().get("bio").textValue()).isEqualTo(text);
        assertThat(api.get("/api/users/" + id).json().get("bio").textValue()).isEqualTo(text);
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement select = connection.prepareStatement("SELECT bio FROM users WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(text);
            }
        }
    }

    private long register(String username) {
        ApiResponse created = api.post("/api/users", """
                {"username": "%s", "email": "%s@example.com", "password": "secret-password"}"""
                .formatted(username, username));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        // From here on as that user: changing a user needs their token.
        token = api.login(username, "secret-password");
        api = api.withToken(token);
        return created.json().get("id").asLong();
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).as(response.toString())
                .anySatisfy(error -> assertThat(error.get("field").textValue()).isEqualTo(field));
    }

    private HttpResponse<String> patchBytes(long id, String before, byte[] middle, String after) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(middle);
        body.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURI() + "/api/users/" + id))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, literal) -> json.append(json.length() > 1 ? ", " : "")
                .append('"').append(name).append("\": ").append(literal));
        return json.append('}').toString();
    }

    private static long count(String table) throws Exception {
        try (Connection connection = TestDatabase.get().connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
