package dev.blog.adapter.in.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
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
 * <p>It runs first on the way in (after the request id is assigned) and last on the way out, so the duration
 * covers the other filters and the status is the one the client gets, error responses included.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "blog.access-log.enabled", notEquals = "false")
final class AccessLogFilter implements Ordered {

    static final String LOGGER = "dev.blog.access";
    private static final String STARTED = AccessLogFilter.class.getName() + ".started";
    /** A path that matched no route is the client's text: cut it short, it goes into a log line. */
    private static final int LONGEST_PATH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long started = request.getAttribute(STARTED, Long.class).orElseGet(System::nanoTime);
        long millis = (System.nanoTime() - started) / 1_000_000;
        String path = BasicHttpAttributes.getUriTemplate(request).orElseGet(() -> shortened(request.getPath()));
        // The response may be written on a thread outside the request's logging context: put the id in for this line.
        RequestIds.log(request, () -> LOG.info("{} {} {} {} ms", request.getMethodName(), path, response.code(), millis));
    }

    private static String shortened(String path) {
        return path.length() <= LONGEST_PATH ? path : path.substring(0, LONGEST_PATH) + "...";
    }
}
