package dev.blog.adapter.in.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.server.annotation.PreMatching;
import org.reactivestreams.Publisher;

/**
 * Gives every request its id ({@link RequestIds}), puts it in the logging context of every thread that works
 * on the request (so each log line of it carries the id) and echoes it in the response, so a client's report
 * can be matched to the logs. It runs first, before the route is matched, so that a response another filter
 * answers on its own carries the id too: a 415, a 503 when the service is full, and a CORS preflight, which
 * Micronaut's CorsFilter answers before matching (a filter that runs after matching never sees it).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    @PreMatching
    Publisher<MutableHttpResponse<?>> assignAndEchoId(HttpRequest<?> request, MutablePropagatedContext context,
                                                      FilterContinuation<Publisher<MutableHttpResponse<?>>> rest) {
        String id = RequestIds.of(request);
        context.add(new RequestIdLoggingContext(id));
        return Publishers.map(rest.proceed(), response -> response.header(RequestIds.HEADER, id));
    }
}
