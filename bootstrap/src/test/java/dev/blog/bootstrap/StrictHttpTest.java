package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strict edges of HTTP: what a lenient server would guess at (duplicate keys, digits of other scripts, a
 * body without a media type, a broken escape or encoding) is a 400 or 415; what is too large is refused with
 * its own status and the connection closed; management endpoints other than health, metrics and the pool do
 * not exist. Every one of these answers is problem+json and carries a request id.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictHttpTest implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String token;
    private long userId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void oneUser() {
        TestDatabase.get().truncateAllTables();
        // As an admin: the requests below change users (active included) and read the operators' endpoints.
        TestAccounts.Account ada = TestAccounts.admin(new ApiClient(server.getURI()), "ada");
        token = ada.client().login("ada", TestAccounts.PASSWORD);
        api = ada.client().withToken(token);
        userId = ada.id();
    }

    @Test
    void a_duplicate_json_key_is_400_and_changes_nothing() {
        JsonNode before = api.get("/api/users/" + userId).json();

        assertProblem(api.patch("/api/users/" + userId, "{\"active\": true, \"active\": \"false\"}"), 400);
        assertProblem(api.patch("/api/users/" + userId, "{\"bio\": \"a\", \"bio\": \"b\"}"), 400);
        assertProblem(api.post("/api/users", """
                {"username": "bob", "username": "eve", "email": "bob@example.com", "password": "secret-password"}"""),
                400);

        assertThat(api.get("/api/users/" + userId).json()).isEqualTo(before);
        assertThat(api.get("/api/users").json().get("total").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+{id}", "%EF%BC%91", "%D9%A1", "%E0%A5%A7", "{id}%20", "%20{id}", "0x1"})
    void an_id_in_other_than_ascii_digits_is_400_naming_it(String spelling) {
        String id = spelling.replace("{id}", Long.toString(userId));
        ApiResponse response = api.get("/api/users/" + id);

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").textValue()).isEqualTo("id");
        assertProblem(api.patch("/api/users/" + id, "{\"bio\": \"x\"}"), 400);
        assertProblem(api.delete("/api/users/" + id), 400);
        assertThat(api.get("/api/users/" + userId).status()).isEqualTo(200);
    }

    @Test
    void a_number_in_the_query_in_other_than_ascii_digits_is_400_naming_it() {
        ApiResponse response = api.get("/api/users?limit=%EF%BC%91");

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").textValue()).isEqualTo("limit");
        assertProblem(api.get("/api/users?offset=+0"), 400);
    }

    @Test
    void a_body_without_or_with_a_wrong_content_type_is_415_and_changes_nothing() {
        String body = "{\"username\": \"bob\", \"email\": \"bob@example.com\", \"password\": \"secret-password\"}";

        assertProblem(api.send("POST", "/api/users", body, null), 415);
        assertProblem(api.send("POST", "/api/users", body, "text/plain"), 415);
        assertProblem(api.send("PATCH", "/api/users/" + userId, "{\"bio\": \"x\"}", null), 415);
        assertThat(api.get("/api/users").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void a_bad_percent_escape_is_400_that_says_so() throws Exception {
        for (String path : List.of("/api/users/%zz", "/api/users/1%", "/api/users?limit=%G1")) {
            RawResponse response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(response.status()).as(response.text()).isEqualTo(400);
            assertThat(response.text()).as(path).contains("application/problem+json").contains("'%'")
                    .containsIgnoringCase("X-Request-Id");
        }
    }

    @Test
    void a_body_that_is_not_what_its_content_encoding_says_is_400() throws Exception {
        RawResponse response = raw("PATCH /api/users/" + userId + " HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 13\r\n\r\n"
                + "{\"bio\": \"x\"}");

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.text()).contains("application/problem+json").containsIgnoringCase("X-Request-Id");
        assertThat(api.get("/api/users/" + userId).json().get("bio").isNull()).isTrue();
    }

    @Test
    void a_request_line_over_the_limit_is_414_and_headers_over_it_are_431() throws Exception {
        RawResponse longUri = raw("GET /api/users?x=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        RawResponse longHeaders = raw("GET /api/users HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\n\r\n");

        assertThat(longUri.status()).as(longUri.text()).isEqualTo(414);
        assertThat(longHeaders.status()).as(longHeaders.text()).isEqualTo(431);
        for (RawResponse response : List.of(longUri, longHeaders)) {
            assertThat(response.text()).contains("application/problem+json").containsIgnoringCase("X-Request-Id");
            assertThat(response.closed()).isTrue();
        }
    }

    @Test
    void a_body_over_the_limit_is_413_and_the_connection_is_closed_without_reading_the_rest() throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] chunk = new byte[64 * 1024];
            long sent = 0;
            try {
                // A client that ignores the early answer keeps sending; the server must not read 100 MB.
                while (sent < 100_000_000L && socket.getInputStream().available() == 0) {
                    out.write(chunk);
                    sent += chunk.length;
                }
            } catch (SocketException closedByServer) {
                // the server closed the connection while we were still sending: what we want
            }
            RawResponse response = read(socket);
            assertThat(response.status()).as(response.text()).isEqualTo(413);
            assertThat(response.text()).contains("application/problem+json").containsIgnoringCase("X-Request-Id");
            assertThat(response.closed()).isTrue();
            assertThat(sent).isLessThan(100_000_000L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/beans", "/routes", "/threaddump", "/refresh", "/metrics", "/info", "/env",
            "/loggers", "/caches", "/stop", "/loggers/ROOT"})
    void management_endpoints_other_than_health_metrics_and_pool_do_not_exist(String path) {
        assertProblem(api.get(path), 404);
        assertProblem(api.send("POST", path, "{}", "application/json"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/liveness", "/health/readiness", "/prometheus", "/pool"})
    void health_metrics_and_pool_stay(String path) {
        assertThat(api.get(path).status()).isEqualTo(200);
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.header("X-Request-Id")).as(response.toString()).isPresent();
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }

    private RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket);
        }
    }

    /** Reads the first response; {@code closed} tells whether the server closed the connection after it. */
    private static RawResponse read(Socket socket) throws IOException {
        socket.setSoTimeout(3_000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean closed;
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
            closed = true;
        } catch (SocketTimeoutException stillOpen) {
            closed = false;
        } catch (SocketException reset) {
            closed = true;
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int status = text.startsWith("HTTP/1.") ? Integer.parseInt(text.substring(9, 12)) : -1;
        return new RawResponse(status, text, closed);
    }

    private record RawResponse(int status, String text, boolean closed) {
    }
}
