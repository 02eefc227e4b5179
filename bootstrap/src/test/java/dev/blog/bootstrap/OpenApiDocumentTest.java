package dev.blog.bootstrap;

import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document reads like documentation: every property of every schema, every parameter and every
 * error response shows a real example (not the generator's "string" or 0, which Swagger UI would show
 * instead), schema names read as words, and the document is served as YAML. A new field, parameter or error
 * response without an example fails here, naming it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest implements TestPropertyProvider {

    private static final String DOCUMENT = "/swagger/blog-1.0.yml";

    @Inject
    EmbeddedServer server;

    private ApiResponse document;
    private Map<String, Map<String, Object>> schemas;
    private Map<String, Map<String, Object>> paths;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @BeforeAll
    void fetch() {
        document = new ApiClient(server.getURI()).get(DOCUMENT);
        Map<String, Object> openApi = new Yaml().load(document.body());
        schemas = map(map(openApi.get("components")).get("schemas"));
        paths = map(openApi.get("paths"));
    }

    @Test
    void is_served_as_yaml() {
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/yaml");
    }

    @Test
    void every_schema_property_has_an_example() {
        List<String> withoutExample = new ArrayList<>();
        schemas.forEach((schema, definition) -> {
            Map<String, Map<String, Object>> properties = map(definition.get("properties"));
            if (properties == null) {
                return;
            }
            properties.forEach((property, field) -> {
                // A reference, or a list of them, shows the examples of the schema it names.
                boolean reference = field.containsKey("$ref") || field.containsKey("allOf")
                        || field.get("items") instanceof Map<?, ?> items && items.containsKey("$ref");
                Object example = field.get("example");
                if (!reference && (example == null || "string".equals(example))) {
                    withoutExample.add(schema + "." + property);
                }
            });
        });

        assertThat(withoutExample).as("properties without @Schema(example = ...)").isEmpty();
    }

    @Test
    void every_parameter_has_an_example() {
        List<String> withoutExample = new ArrayList<>();
        forEachOperation((operation, definition) -> {
            List<Map<String, Object>> parameters = list(definition.get("parameters"));
            for (Map<String, Object> parameter : parameters) {
                Map<String, Object> schema = map(parameter.getOrDefault("schema", Map.of()));
                Object example = parameter.containsKey("example") ? parameter.get("example") : schema.get("example");
                if (example == null || "string".equals(example) || "".equals(example)) {
                    withoutExample.add(operation + " " + parameter.get("in") + " " + parameter.get("name"));
                }
            }
        });

        assertThat(withoutExample).as("parameters without @Parameter(example = ...)").isEmpty();
    }

    @Test
    void every_error_response_shows_the_problem_it_answers() {
        List<String> withoutProblem = new ArrayList<>();
        forEachOperation((operation, definition) -> map(definition.get("responses")).forEach((status, response) -> {
            if (Integer.parseInt(status) < 400) {
                return;
            }
            Map<String, Object> problem = problemExample(map(response));
            boolean real = problem != null
                    && "about:blank".equals(problem.get("type"))
                    && problem.get("title") instanceof String title && !title.isBlank() && !"string".equals(title)
                    && Integer.valueOf(status).equals(problem.get("status"))
                    && problem.get("detail") instanceof String detail && !detail.isBlank() && !"string".equals(detail);
            if (!real) {
                withoutProblem.add(operation + " " + status + ": " + problem);
            }
        }));

        assertThat(withoutProblem).as("error responses without a real problem example").isEmpty();
    }

    /** The example body of an error response, whether the generator wrote it as one example or as several. */
    private static Map<String, Object> problemExample(Map<String, Object> response) {
        Map<String, Map<String, Object>> content = map(response.get("content"));
        Map<String, Object> problemJson = content == null ? null : content.get("application/problem+json");
        if (problemJson == null) {
            return null;
        }
        Object example = problemJson.get("example");
        if (example == null && problemJson.get("examples") instanceof Map<?, ?> examples && examples.size() == 1) {
            example = ((Map<?, ?>) examples.values().iterator().next()).get("value");
        }
        // An example given as JSON text is read as JSON (YAML reads it too).
        return map(example instanceof String text ? new Yaml().load(text) : example);
    }

    private void forEachOperation(BiConsumer<String, Map<String, Object>> action) {
        paths.forEach((path, operations) -> operations.forEach((method, definition) -> {
            if (definition instanceof Map<?, ?>) {
                action.accept(method.toUpperCase() + " " + path, map(definition));
            }
        }));
    }

    @Test
    void schema_names_read_as_words() {
        assertThat(schemas.keySet()).allSatisfy(name -> assertThat(name).matches("[A-Z][A-Za-z0-9]*"));
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> list(Object yamlObject) {
        return yamlObject == null ? List.of() : (List<E>) yamlObject;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object yamlObject) {
        return (Map<String, V>) yamlObject;
    }
}
