package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A RealWorld API client for the HTTP tests: paths under /conduit/api, the token sent as {@code Token <jwt>}. */
final class Conduit {

    static final String PASSWORD = "jakejake-secret";

    private final ApiClient http;
    private final String token;

    private Conduit(ApiClient http, String token) {
        this.http = http;
        this.token = token;
    }

    static Conduit anonymous(URI server) {
        return new Conduit(new ApiClient(server), null);
    }

    /** Registers {@code username} (e-mail username@example.com) and answers a client with its token. */
    Conduit register(String username) {
        ApiResponse registered = post("/users", """
                {"user": {"username": "%s", "email": "%s@example.com", "password": "%s"}}"""
                .formatted(username, username, PASSWORD));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return withToken(registered.json().get("user").get("token").asText());
    }

    Conduit withToken(String newToken) {
        return new Conduit(http, newToken);
    }

    String token() {
        return token;
    }

    ApiResponse get(String path) {
        return send("GET", path, null);
    }

    ApiResponse post(String path, String json) {
        return send("POST", path, json);
    }

    ApiResponse put(String path, String json) {
        return send("PUT", path, json);
    }

    ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    ApiResponse send(String method, String path, String json) {
        Map<String, String> headers = token == null ? Map.of() : Map.of("Authorization", "Token " + token);
        return http.send(method, "/conduit/api" + path, json, json == null ? null : ApiClient.JSON, headers);
    }

    ApiResponse sendRaw(String method, String path, String body, String contentType, Map<String, String> headers) {
        return http.send(method, path, body, contentType, headers);
    }

    /** The body of a 2xx answer with the given status. */
    static JsonNode ok(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json();
    }

    /** Asserts the specification's error format: exactly {"errors": {field: [message]}}, application/json. */
    static void error(ApiResponse response, int status, String field, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.size()).as(response.toString()).isEqualTo(1);
        assertThat(body.get("errors").get(field)).as(response.toString()).isNotNull();
        assertThat(body.get("errors").get(field).get(0).asText()).as(response.toString()).isEqualTo(message);
    }
}
