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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document reads like documentation: every property of every schema shows a real example (not
 * the generator's "string" or 0, which Swagger UI would show instead), schema names read as words, and the
 * document is served as YAML. A new field without {@code @Schema(example = ...)} fails here, naming it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest implements TestPropertyProvider {

    private static final String DOCUMENT = "/swagger/blog-1.0.yml";

    @Inject
    EmbeddedServer server;

    private ApiResponse document;
    private Map<String, Map<String, Object>> schemas;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @BeforeAll
    void fetch() {
        document = new ApiClient(server.getURI()).get(DOCUMENT);
        Map<String, Object> openApi = new Yaml().load(document.body());
        schemas = map(map(openApi.get("components")).get("schemas"));
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
    void schema_names_read_as_words() {
        assertThat(schemas.keySet()).allSatisfy(name -> assertThat(name).matches("[A-Z][A-Za-z0-9]*"));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object yamlObject) {
        return (Map<String, V>) yamlObject;
    }
}
