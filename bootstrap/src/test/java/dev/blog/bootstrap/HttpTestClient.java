package dev.blog.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Sends a request and returns status, headers and parsed JSON alike for successes and errors. */
final class HttpTestClient {

    private final HttpClient client;
    private final JsonMapper json;

    HttpTestClient(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    Reply send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return reply(response, response.getBody(String.class).orElse(null));
        } catch (HttpClientResponseException e) {
            return reply(e.getResponse(), e.getResponse().getBody(String.class).orElse(null));
        }
    }

    private Reply reply(HttpResponse<?> response, String body) {
        try {
            Object parsed = body == null || body.isEmpty() ? null : json.readValue(body, Argument.OBJECT_ARGUMENT);
            return new Reply(response.code(), response.getHeaders().get(HttpHeaders.CONTENT_TYPE),
                    response.getHeaders().get(HttpHeaders.LOCATION), parsed, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Reply(int status, String contentType, String location, Object json, String body) {

        @SuppressWarnings("unchecked")
        Map<String, Object> object() {
            return (Map<String, Object>) json;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(String field) {
            return (Map<String, Object>) get(field);
        }

        Object get(String field) {
            return object().get(field);
        }

        long id() {
            return ((Number) get("id")).longValue();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) get(field);
        }

        /** The fields named in a problem's {@code errors}. */
        List<Object> errorFields() {
            return list("errors").stream().map(error -> error.get("field")).toList();
        }
    }
}
