package dev.blog.adapter.in.web.problem;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.netty.handler.codec.compression.DecompressionException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedFailureHandlersTest {

    private final UnexpectedFailureHandlers handlers = new UnexpectedFailureHandlers();

    @Test
    void an_unexpected_failure_is_a_500_that_tells_nothing_and_is_logged_with_the_request_id() {
        Logger logger = (Logger) LoggerFactory.getLogger(UnexpectedFailureHandlers.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        HttpResponse<Problem> response;
        try {
            response = handlers.unexpected().handle(
                    HttpRequest.GET("/api/users").header("X-Request-Id", "trace-7"),
                    new IllegalStateException("secret internals"));
        } finally {
            logger.detachAppender(lines);
        }

        assertThat(response.code()).isEqualTo(500);
        assertThat(response.body().detail()).doesNotContain("secret").doesNotContain("IllegalState");
        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getMDCPropertyMap()).containsEntry("requestId", "trace-7");
        });
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void a_body_that_cannot_be_decompressed_is_the_clients_mistake() {
        HttpResponse<Problem> response = handlers.undecodableBody()
                .handle(HttpRequest.POST("/api/users", "x"), new DecompressionException("not gzip"));

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.body().detail()).doesNotContain("gzip");
    }
}
