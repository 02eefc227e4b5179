package dev.blog.adapter.in.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdLoggingContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theIdIsInTheLoggingContextWhileTheThreadWorksOnTheRequestAndGoneAfter() {
        RequestIdLoggingContext context = new RequestIdLoggingContext("trace-42");

        String previous = context.updateThreadContext();
        assertThat(MDC.get("requestId")).isEqualTo("trace-42");

        context.restoreThreadContext(previous);
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void whatTheThreadHadBeforeComesBackAndTheRestOfTheContextIsLeftAlone() {
        MDC.put("requestId", "outer");
        MDC.put("user", "ada");
        RequestIdLoggingContext context = new RequestIdLoggingContext("inner");

        String previous = context.updateThreadContext();
        assertThat(MDC.getCopyOfContextMap()).containsEntry("requestId", "inner").containsEntry("user", "ada");

        context.restoreThreadContext(previous);
        assertThat(MDC.getCopyOfContextMap()).containsEntry("requestId", "outer").containsEntry("user", "ada");
    }

    @Test
    void madeUpIdsAreDistinctVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> ids.add(RequestIds.newId()));

        assertThat(ids).hasSize(10_000).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
        });
    }
}
