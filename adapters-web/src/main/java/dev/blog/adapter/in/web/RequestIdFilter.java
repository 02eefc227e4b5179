package dev.blog.adapter.in.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Gives every request its id ({@link RequestIds}), puts it in the logging context of every thread that works
 * on the request (so each log line of it carries the id) and echoes it in the response, so a client's report
 * can be matched to the logs. It runs first, so that a response another filter answers on its own (a 415, a
 * 503 when the service is full) carries the id too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    void assignId(HttpRequest<?> request, MutablePropagatedContext context) {
        context.add(new RequestIdLoggingContext(RequestIds.of(request)));
    }

    @ResponseFilter
    void echoId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header(RequestIds.HEADER, RequestIds.of(request));
    }
}
