package dev.blog.testsupport.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A plain HTTP client for API tests: sends exactly the bytes a test writes (malformed JSON included)
 * and hands back status, headers and body without interpreting errors.
 */
public final class ApiClient {

    public static final String JSON = "application/json";

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> defaultHeaders;

    public ApiClient(URI base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), Map.of());
    }

    private ApiClient(URI base, HttpClient http, Map<String, String> defaultHeaders) {
        this.base = base;
        this.http = http;
        this.defaultHeaders = defaultHeaders;
    }

    /** The same client, sending {@code Authorization: Bearer <accessToken>} with every request. */
    public ApiClient withToken(String accessToken) {
        return new ApiClient(base, http, Map.of("Authorization", "Bearer " + accessToken));
    }

    /** Logs in and answers the access token (fails the test if the login fails). */
    public String login(String login, String password) {
        ApiResponse response = post("/api/auth/login",
                "{\"login\": \"" + login + "\", \"password\": \"" + password + "\"}");
        if (response.status() != 200) {
            throw new AssertionError("login of " + login + " failed: " + response);
        }
        return response.json().get("accessToken").asText();
    }

    /** A client logged in as {@code login}. */
    public ApiClient loggedIn(String login, String password) {
        return withToken(login(login, password));
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, null);
    }

    public ApiResponse post(String path, String json) {
        return send("POST", path, json, JSON);
    }

    public ApiResponse patch(String path, String json) {
        return send("PATCH", path, json, JSON);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null, null);
    }

    public ApiResponse send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, Map.of());
    }

    public ApiResponse send(String method, String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        defaultHeaders.forEach((name, value) -> {
            if (!headers.containsKey(name)) {
                request.header(name, value);
            }
        });
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }
}
