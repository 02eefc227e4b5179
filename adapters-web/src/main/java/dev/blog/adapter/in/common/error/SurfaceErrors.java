package dev.blog.adapter.in.common.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/**
 * The error answers of an API surface other than the blog API, whose problem+json handlers answer every
 * request that no such surface claims. Micronaut's exception handlers and its error response processor are
 * global (one bean per exception type); {@link SurfaceErrorDispatch} puts this in front of every one of them,
 * so that a request of this surface is answered here and never by a problem+json handler, and the blog API's
 * requests never reach this.
 */
public interface SurfaceErrors {

    /** Whether the request belongs to this surface (by its path). */
    boolean serves(HttpRequest<?> request);

    /** The answer to any exception raised while serving one of this surface's requests. */
    MutableHttpResponse<?> exception(HttpRequest<?> request, Throwable error);

    /**
     * The answer to a refusal the framework or a filter makes with a status rather than an exception: no
     * route (404), wrong method (405) or media type (415), too large (413), too busy (503).
     */
    MutableHttpResponse<?> status(HttpRequest<?> request, HttpStatus status, @Nullable Throwable cause);
}
