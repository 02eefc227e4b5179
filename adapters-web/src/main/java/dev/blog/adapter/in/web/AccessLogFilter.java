package dev.blog.adapter.in.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.server.annotation.PreMatching;
import org.reactivestreams.Publisher;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on logger {@value #LOGGER}: method, path template, status and duration, e.g.
 * {@code GET /api/posts/{id} 200 3 ms}, with the request id in the logging context like every other line
 * written for the request. The template rather than the path keeps ids and names of users out of the
 * log and lets lines of one operation be counted together; a request that matched no route shows its
 * path. {@code blog.access-log.enabled=false} turns it off.
 *
 * <p>It wraps everything after the request id is assigned, route matching included, so the duration covers the
 * other filters, the status is the one the client gets, error responses included, and a CORS preflight, which
 * Micronaut's CorsFilter answers before matching, gets its line like any other request.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "blog.access-log.enabled", notEquals = "false")
final class AccessLogFilter implements Ordered {

    static final String LOGGER = "dev.blog.access";
    /** A path that matched no route is the client's text: cut it short, it goes into a log line. */
    private static final int LONGEST_PATH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    @PreMatching
    Publisher<MutableHttpResponse<?>> logEach(HttpRequest<?> request,
                                              FilterContinuation<Publisher<MutableHttpResponse<?>>> rest) {
        long started = System.nanoTime();
        return Publishers.map(rest.proceed(), response -> {
            log(request, response, (System.nanoTime() - started) / 1_000_000);
            return response;
        });
    }

    private static void log(HttpRequest<?> request, MutableHttpResponse<?> response, long millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String path = BasicHttpAttributes.getUriTemplate(request).orElseGet(() -> shortened(request.getPath()));
        // The response may be written on a thread outside the request's logging context: put the id in for this line.
        RequestIds.log(request, () -> LOG.info("{} {} {} {} ms", request.getMethodName(), path, response.code(), millis));
    }

    private static String shortened(String path) {
        return path.length() <= LONGEST_PATH ? path : path.substring(0, LONGEST_PATH) + "...";
    }
}
