package dev.blog.adapter.in.web;

import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id — the client's {@code X-Request-Id} when it is sane, a new random UUID otherwise —
 * puts it in the logging context of every thread that works on the request (so each log line of it
 * carries the id) and echoes it in the response, so a client's report can be matched to the logs.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = RequestIdLoggingContext.MDC_KEY;
    /** Ids go into log lines: accept only short, printable tokens so a client cannot forge log entries. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @RequestFilter
    void assignId(HttpRequest<?> request, MutablePropagatedContext context) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : newId();
        request.setAttribute(MDC_KEY, id);
        context.add(new RequestIdLoggingContext(id));
    }

    /**
     * A version-4 UUID from a thread-local generator: an id to match reports with logs needs to be unique,
     * not unguessable, and {@link UUID#randomUUID()} takes the lock of one shared SecureRandom per request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC0L << 56) | (0x80L << 56);
        return new UUID(high, low).toString();
    }

    @ResponseFilter
    void echoId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(MDC_KEY, String.class).ifPresent(id -> response.header(HEADER, id));
    }
}
