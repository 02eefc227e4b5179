package dev.blog.adapter.in.web.problem;

import dev.blog.adapter.in.web.RequestIds;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.DecoderException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures no other handler knows. A body the transport cannot decode (labelled {@code gzip} but not gzip,
 * say) is the client's mistake: 400. Anything else is a bug: logged once at ERROR with the request's id,
 * whichever thread the failure surfaced on, and answered with a 500 that tells the client nothing internal.
 */
@Factory
final class UnexpectedFailureHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandlers.class);

    @Singleton
    ExceptionHandler<DecoderException, HttpResponse<Problem>> undecodableBody() {
        return (request, e) -> Problems.response(HttpStatus.BAD_REQUEST,
                "The request body cannot be decoded as its Content-Encoding says");
    }

    @Singleton
    ExceptionHandler<Throwable, HttpResponse<Problem>> unexpected() {
        return (request, e) -> {
            RequestIds.log(request, () -> LOG.error("{} {} failed unexpectedly", request.getMethodName(),
                    request.getPath(), e));
            return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "The server could not complete the request");
        };
    }
}
