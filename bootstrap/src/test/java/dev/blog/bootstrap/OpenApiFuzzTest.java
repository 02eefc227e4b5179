package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import dev.blog.testsupport.http.RawHttpClient;
import dev.blog.testsupport.http.TestAccounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the generated OpenAPI document, as an attacker with an admin's token would, and
 * sends hostile values for each of its parameters and body fields: wrong types, boundaries, U+0000, lone
 * surrogates (escaped and as raw CESU-8 bytes), overlong and out-of-range UTF-8, huge and deeply nested JSON,
 * duplicate keys, bad percent-escapes, non-ASCII digits, wrong content types and encodings. Every answer must
 * be below 500; every 4xx a problem+json naming its status without internals (class names, SQL), and a 4xx
 * must leave the data exactly as it was. A new operation or field is fuzzed without touching this test.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiFuzzTest implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = "/swagger/blog-1.0.yml";
    /** What a problem detail must never show: Java names, stack frames, the driver's or the database's words. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)exception|\\bjava\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|org\\.postgresql|sqlstate|\\bat [\\w.$]+\\(");
    /** Failed logins are recorded by design (throttling); everything else must stay as it was after a 4xx. */
    private static final String TABLES_CHANGED_BY_A_REFUSAL = "'flyway_schema_history', 'login_attempts'";

    @Inject
    EmbeddedServer server;

    private RawHttpClient raw;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private Connection database;
    private final List<String> tables = new ArrayList<>();
    private String digestQuery;
    private Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    /**
     * What the hostile requests aim at: an admin's token and the ids and names that exist ("id" is the post's;
     * the users' paths use the user's id for it).
     */
    private record Fixtures(String adminToken, Map<String, String> validPathValues) {
    }

    /** One request: which operation it fuzzes, what it varies, and the request itself. */
    private record Hostile(String variant, String method, String target, Map<String, String> headers, byte[] body) {
    }

    @Test
    void every_operation_answers_hostile_input_below_500_with_a_clean_problem_and_changes_nothing_it_refuses()
            throws SQLException {
        raw = new RawHttpClient(server.getURI());
        connectForDigests();
        fixtures = createFixtures();
        Map<String, Object> openApi = new Yaml().load(new ApiClient(server.getURI()).get(DOCUMENT).body());
        Map<String, Map<String, Object>> schemas = map(map(openApi.get("components")).get("schemas"));
        int operations = 0;
        for (Map.Entry<String, Object> path : map(openApi.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> operation : map(path.getValue()).entrySet()) {
                if (operation.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                fuzz(operation.getKey().toUpperCase(), path.getKey(), map(operation.getValue()), schemas);
            }
        }

        System.out.printf("OpenAPI fuzz: %d operations, %d requests, statuses %s%n", operations, requests, statuses);
        assertThat(operations).isGreaterThanOrEqualTo(19);
        assertThat(failures).as("%d of %d hostile requests were answered wrongly", failures.size(), requests)
                .isEmpty();
    }

    private void fuzz(String method, String pathTemplate, Map<String, Object> operation,
                      Map<String, Map<String, Object>> schemas) throws SQLException {
        restoreFixtures();
        List<Map<String, Object>> parameters = list(operation.get("parameters"));
        Map<String, Object> jsonSchema = requestSchema(operation, schemas);
        Map<String, String> validHeaders = new LinkedHashMap<>();
        byte[] validBody = jsonSchema == null ? null : bytes(exampleBody(jsonSchema).toString());
        if (validBody != null) {
            validHeaders.put("Content-Type", "application/json");
        }

        List<Hostile> hostile = new ArrayList<>();
        Map<String, String> validPathValues = new LinkedHashMap<>(fixtures.validPathValues());
        if (pathTemplate.startsWith("/api/users/")) {
            validPathValues.put("id", validPathValues.get("userId"));
        }
        String validTarget = target(pathTemplate, validPathValues);
        for (Map<String, Object> parameter : parameters) {
            String name = (String) parameter.get("name");
            String type = String.valueOf(map(parameter.get("schema")).get("type"));
            switch ((String) parameter.get("in")) {
                case "path" -> {
                    for (String value : hostilePathValues(type)) {
                        Map<String, String> pathValues = new LinkedHashMap<>(validPathValues);
                        pathValues.put(name, value);
                        hostile.add(new Hostile(name + "=" + abbreviate(value), method, target(pathTemplate, pathValues),
                                validHeaders, validBody));
                    }
                }
                case "query" -> {
                    for (String value : hostileQueryValues(type)) {
                        hostile.add(new Hostile(name + "=" + abbreviate(value), method,
                                validTarget + (validTarget.contains("?") ? "&" : "?") + name + "=" + value,
                                validHeaders, validBody));
                    }
                    hostile.add(new Hostile(name + " twice", method, validTarget + "?" + name + "=1&" + name + "=2",
                            validHeaders, validBody));
                }
                case "header" -> {
                    for (String value : List.of("garbage", "\"abc\"", "W/\"1\"", "\"0\"", "\"-1\"",
                            "\"99999999999999999999\"", "\"1\", \"2\"", "\"" + "9".repeat(5000) + "\"")) {
                        Map<String, String> headers = new LinkedHashMap<>(validHeaders);
                        headers.put(name, value);
                        hostile.add(new Hostile(name + ": " + abbreviate(value), method, validTarget, headers, validBody));
                    }
                }
                default -> throw new AssertionError("parameter in " + parameter.get("in") + " is not fuzzed yet");
            }
        }
        if (jsonSchema != null) {
            hostile.addAll(hostileBodies(method, validTarget, validHeaders, jsonSchema));
        }
        hostile.addAll(hostileEnvelopes(method, validTarget, validHeaders, validBody));

        for (Hostile request : hostile) {
            String before = digest();
            Map<String, String> headers = new LinkedHashMap<>(request.headers());
            headers.putIfAbsent("Authorization", "Bearer " + fixtures.adminToken());
            ApiResponse response = raw.send(request.method(), request.target(), headers, request.body());
            requests++;
            statuses.merge(response.status(), 1, Integer::sum);
            check(method + " " + pathTemplate + " [" + request.variant() + "]", response, before);
            boolean destructive = method.equals("DELETE") || pathTemplate.endsWith("/logout");
            if (destructive && response.status() / 100 == 2) {
                restoreFixtures();
            }
        }
    }

    private void check(String what, ApiResponse response, String digestBefore) {
        int status = response.status();
        if (status < 200 || status >= 500) {
            failures.add(what + " -> " + status + " " + abbreviate(response.body()));
            return;
        }
        if (status < 400) {
            return;
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            failures.add(what + " -> " + status + " as " + response.contentType() + ": " + abbreviate(response.body()));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
                failures.add(what + " -> " + status + " with a problem that does not say so: " + response.body());
            }
        } catch (Exception notJson) {
            failures.add(what + " -> " + status + " problem is not JSON: " + abbreviate(response.body()));
        }
        if (INTERNALS.matcher(response.body()).find()) {
            failures.add(what + " -> " + status + " shows internals: " + abbreviate(response.body()));
        }
        if (!digest().equals(digestBefore)) {
            failures.add(what + " -> " + status + " but the data changed");
        }
    }

    private static List<String> hostilePathValues(String type) {
        List<String> values = new ArrayList<>(List.of(
                "%00", "%ZZ", "%", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%FF", "%0A", "%20",
                "..%2F..", "a".repeat(5000), "null", "true", "%EF%BC%91", "%D9%A1"));
        if (type.equals("integer")) {
            values.addAll(List.of("0", "-1", "abc", "1.5", "1e3", "0x1", "+1", "99999999999999999999",
                    "9223372036854775807", "9223372036854775808", "-9223372036854775808"));
        }
        return values;
    }

    private static List<String> hostileQueryValues(String type) {
        List<String> values = new ArrayList<>(List.of(
                "", "%00", "%ZZ", "%", "%C0%80", "%ED%A0%80", "%FF", "a".repeat(5000), "%EF%BC%91", "%D9%A1",
                "eyJ4IjoxfQ", "null", "[]", "%7B%7D"));
        switch (type) {
            case "integer" -> values.addAll(List.of("-1", "0", "1.5", "abc", "10001", "2147483647", "2147483648",
                    "99999999999999999999", "1e3", "+1", "0x10"));
            case "boolean" -> values.addAll(List.of("yes", "1", "0", "TRUE", "truee", "false%00"));
            default -> values.addAll(List.of("1", "-1"));
        }
        return values;
    }

    /** Each field of the body in turn replaced by a hostile value, the others left valid. */
    private List<Hostile> hostileBodies(String method, String target, Map<String, String> headers,
                                        Map<String, Object> schema) {
        List<Hostile> hostile = new ArrayList<>();
        ObjectNode example = exampleBody(schema);
        Map<String, Map<String, Object>> properties = map(schema.get("properties"));
        for (Map.Entry<String, Map<String, Object>> property : properties.entrySet()) {
            String name = property.getKey();
            Object maxLength = property.getValue().get("maxLength");
            List<String> values = new ArrayList<>(List.of(
                    "null", "0", "-1", "1.5", "1e400", "-0", "9223372036854775808", "true", "false", "[]", "{}",
                    "[\"java\"]", "[null]", "[1]", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"",
                    "\"a\\udc00b\"", "\"\\udbff\\udfff\"", "\"\\t\\n\"", "\"<script>alert(1)</script>\"",
                    "\"'; DROP TABLE users; --\"", "\"\\u202e\"", "\"" + "x".repeat(1000) + "\"",
                    "[" + "\"t\",".repeat(1000) + "\"t\"]", "[" + "\"\\u0000\"" + "]", "[\"" + "t".repeat(51) + "\"]",
                    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"deep\"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
                    "{\"a\":".repeat(2000) + "1" + "}".repeat(2000)));
            if (maxLength instanceof Number max) {
                values.add("\"" + "x".repeat(max.intValue()) + "\"");
                values.add("\"" + "x".repeat(max.intValue() + 1) + "\"");
                values.add("\"" + "\uD83D\uDE00".repeat(max.intValue()) + "\"");
            }
            for (String value : values) {
                ObjectNode body = example.deepCopy();
                body.remove(name);
                String json = body.isEmpty() ? "{\"" + name + "\": " + value + "}"
                        : "{\"" + name + "\": " + value + ", " + body.toString().substring(1);
                hostile.add(new Hostile(name + "=" + abbreviate(value), method, target, headers, bytes(json)));
            }
            for (byte[] rawValue : List.of(new byte[]{(byte) 0xC0, (byte) 0x80}, new byte[]{(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80}, new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[]{(byte) 0xFF},
                    new byte[]{(byte) 0xE2, (byte) 0x82})) {
                ObjectNode body = example.deepCopy();
                body.remove(name);
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                json.writeBytes(bytes("{\"" + name + "\": \"a"));
                json.writeBytes(rawValue);
                json.writeBytes(bytes("b\"" + (body.isEmpty() ? "}" : ", " + body.toString().substring(1))));
                hostile.add(new Hostile(name + " with raw bytes " + hex(rawValue), method, target, headers,
                        json.toByteArray()));
            }
            String duplicate = "{\"" + name + "\": " + example.path(name) + ", " + example.toString().substring(1);
            hostile.add(new Hostile(name + " twice", method, target, headers, bytes(duplicate)));
        }
        for (String body : List.of("", "null", "[]", "\"text\"", "123", "{", "{\"a\"}", "{}",
                "[".repeat(100_000) + "]".repeat(100_000), "{\"x\": \"" + "y".repeat(1_100_000) + "\"}",
                example.toString() + " trailing", "\uFEFF" + example)) {
            hostile.add(new Hostile("body " + abbreviate(body), method, target, headers, bytes(body)));
        }
        return hostile;
    }

    /** What every operation gets, whatever it declares: wrong media types, encodings and credentials. */
    private static List<Hostile> hostileEnvelopes(String method, String target, Map<String, String> headers,
                                                  byte[] validBody) {
        byte[] body = validBody == null ? bytes("{\"x\": 1}") : validBody;
        List<Hostile> hostile = new ArrayList<>();
        for (Map.Entry<String, String> header : List.of(
                Map.entry("Content-Type", "text/plain"), Map.entry("Content-Type", "application/xml"),
                Map.entry("Content-Type", "application/json; charset=utf-16"), Map.entry("Content-Type", "nonsense"),
                Map.entry("Content-Encoding", "gzip"), Map.entry("Content-Encoding", "br"),
                Map.entry("Accept", "application/xml"), Map.entry("Authorization", "Bearer not-a-token"),
                Map.entry("Authorization", "Basic YWRhOmFkYQ=="), Map.entry("X-Request-Id", "%00\t<script>"))) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            changed.put(header.getKey(), header.getValue());
            hostile.add(new Hostile(header.getKey() + ": " + header.getValue(), method, target, changed, body));
        }
        Map<String, String> withoutContentType = new LinkedHashMap<>(headers);
        withoutContentType.remove("Content-Type");
        hostile.add(new Hostile("no Content-Type", method, target, withoutContentType, body));
        hostile.add(new Hostile("unknown query parameter", method,
                target + (target.contains("?") ? "&" : "?") + "zzz=1", headers, validBody));
        return hostile;
    }

    /** Registers the fixtures through the API once, and keeps a copy of every table to restore them from. */
    private Fixtures createFixtures() throws SQLException {
        TestDatabase.get().truncateAllTables();
        ApiClient api = new ApiClient(server.getURI());
        TestAccounts.Account admin = TestAccounts.admin(api, "root");
        TestAccounts.Account ada = TestAccounts.user(api, "ada");
        ApiResponse post = ada.client().post("/api/posts",
                "{\"title\": \"A post\", \"content\": \"Text\", \"published\": true, \"tags\": [\"java\"]}");
        assertThat(post.status()).as(post.toString()).isEqualTo(201);
        ApiResponse tags = api.get("/api/tags");
        String adminToken = api.login("root", TestAccounts.PASSWORD);
        try (Statement statement = database.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS fuzz_fixtures CASCADE; CREATE SCHEMA fuzz_fixtures");
            for (String table : tables) {
                statement.execute("CREATE TABLE fuzz_fixtures." + table + " AS TABLE public." + table);
            }
        }
        return new Fixtures(adminToken, Map.of(
                "id", post.json().get("id").asText(),
                "userId", String.valueOf(ada.id()),
                "tagId", tags.json().get("items").get(0).get("id").asText(),
                "name", "java"));
    }

    private static String target(String template, Map<String, String> pathValues) {
        String target = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            target = target.replace("{" + value.getKey() + "}", value.getValue());
        }
        return target;
    }

    private static Map<String, Object> requestSchema(Map<String, Object> operation,
                                                     Map<String, Map<String, Object>> schemas) {
        Map<String, Object> content = map(map(operation.get("requestBody")).get("content"));
        Map<String, Object> json = map(content.get("application/json"));
        Object reference = map(json.get("schema")).get("$ref");
        return reference == null ? null : schemas.get(((String) reference).substring("#/components/schemas/".length()));
    }

    private static ObjectNode exampleBody(Map<String, Object> schema) {
        ObjectNode body = JSON.createObjectNode();
        map(schema.get("properties")).forEach((name, property) ->
                body.set(name, JSON.valueToTree(map(property).get("example"))));
        return body;
    }

    /**
     * Puts every row back as the fixtures left it, the admin's token epoch included, so the admin's token works
     * again after a logout and what a DELETE removed is back. Triggers are off while the rows are copied: the
     * counters they keep are copied as they were.
     */
    private void restoreFixtures() throws SQLException {
        database.setAutoCommit(false);
        try (Statement statement = database.createStatement()) {
            statement.execute("SET LOCAL session_replication_role = replica");
            statement.execute("TRUNCATE " + String.join(", ", tables.stream().map(table -> "public." + table).toList()));
            for (String table : tables) {
                statement.execute("INSERT INTO public." + table + " OVERRIDING SYSTEM VALUE TABLE fuzz_fixtures." + table);
            }
            statement.execute("TRUNCATE login_attempts");
            database.commit();
        } finally {
            database.setAutoCommit(true);
        }
    }

    /** A digest of every row the API can change, to see that a refused request changed none. */
    private String digest() {
        try (Statement statement = database.createStatement(); ResultSet digest = statement.executeQuery(digestQuery)) {
            digest.next();
            return digest.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables a refused request must not change, and one statement that digests them all. */
    private void connectForDigests() throws SQLException {
        database = TestDatabase.get().connect();
        try (Statement statement = database.createStatement(); ResultSet names = statement.executeQuery(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'"
                        + " AND tablename NOT IN (" + TABLES_CHANGED_BY_A_REFUSAL + ") ORDER BY tablename")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        digestQuery = "SELECT " + String.join(" || ", tables.stream()
                .map(table -> "(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM public."
                        + table + " t)")
                .toList());
    }

    @AfterAll
    void dropFixturesAndDisconnect() throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS fuzz_fixtures CASCADE");
        }
        database.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X ", b));
        }
        return hex.toString().trim();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "... (" + text.length() + " chars)";
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        return value == null ? Map.of() : (Map<String, V>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
