package dev.blog.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong database address stops the service at once, with one line that says what to check. */
class StartupFailureTest {

    @Test
    void a_wrong_database_url_fails_start_up_with_one_clear_line() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder service = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BlogApplication.class.getName());
        service.environment().put("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:1/blog");
        service.environment().put("MICRONAUT_SERVER_PORT", "-1");
        service.redirectErrorStream(false);
        Process process = service.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the service gave up instead of hanging").isTrue();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(errors.lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("blog: cannot start: the database refused the connection")
                .contains("DATASOURCES_DEFAULT_URL")
                .contains("127.0.0.1:1"));
    }
}
