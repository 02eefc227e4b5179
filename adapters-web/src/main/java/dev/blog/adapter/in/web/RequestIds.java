package dev.blog.adapter.in.web;

import io.micronaut.http.HttpRequest;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id of a request: the client's {@code X-Request-Id} when it is sane, a new random UUID otherwise. One
 * place decides it, so that the filter that echoes it and the error paths that bypass filters (a request
 * line too long to parse, say) answer with the same id the log lines carry.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIdLoggingContext.MDC_KEY;
    /** Ids go into log lines: accept only short, printable tokens so a client cannot forge log entries. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The request's id, assigned on first use and the same on every later call. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String given = request.getHeaders().get(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : newId();
            request.setAttribute(ATTRIBUTE, id);
            return id;
        });
    }

    /**
     * Runs {@code logging} with the request's id in the logging context: for code that may run on a thread
     * that is not working on the request (an exception handler reached from a failed reactive stream).
     */
    public static void log(HttpRequest<?> request, Runnable logging) {
        RequestIdLoggingContext context = new RequestIdLoggingContext(of(request));
        String previous = context.updateThreadContext();
        try {
            logging.run();
        } finally {
            context.restoreThreadContext(previous);
        }
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
}
