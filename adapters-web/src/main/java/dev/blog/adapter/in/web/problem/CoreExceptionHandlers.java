package dev.blog.adapter.in.web.problem;

import dev.blog.domain.shared.BusyException;
import dev.blog.adapter.in.web.RequestIds;
import dev.blog.application.shared.StoreUnavailableException;
import dev.blog.adapter.in.web.EntityTags;
import dev.blog.domain.shared.ConflictException;
import dev.blog.domain.shared.VersionMismatchException;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.NotFoundException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The core's exceptions as HTTP statuses: invalid value 400, missing 404, uniqueness 409, store
 * unavailable 503 (with a hint when to retry).
 */
@Factory
final class CoreExceptionHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(CoreExceptionHandlers.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @Singleton
    ExceptionHandler<InvalidValueException, HttpResponse<Problem>> invalidValue() {
        return (request, e) -> Problems.invalid(List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    @Singleton
    ExceptionHandler<NotFoundException, HttpResponse<Problem>> notFound() {
        return (request, e) -> Problems.response(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @Singleton
    ExceptionHandler<ConflictException, HttpResponse<Problem>> conflict() {
        return (request, e) -> Problems.response(new Problem("about:blank", HttpStatus.CONFLICT.getReason(), 409,
                e.getMessage(), List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }

    /** 412 with the current version as ETag, so that the client knows what to read again. */
    @Singleton
    ExceptionHandler<VersionMismatchException, HttpResponse<Problem>> versionMismatch() {
        return (request, e) -> Problems.response(HttpStatus.PRECONDITION_FAILED, e.getMessage())
                .header(HttpHeaders.ETAG, EntityTags.of(e.currentVersion()));
    }

    @Singleton
    ExceptionHandler<StoreUnavailableException, HttpResponse<Problem>> storeUnavailable() {
        return (request, e) -> {
            RequestIds.log(request, () -> LOG.warn("{} {} failed: the database is unavailable ({})",
                    request.getMethodName(), request.getPath(), rootMessage(e)));
            return Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                            "The database is unavailable; nothing was changed. Try again shortly.")
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        };
    }

    /** A bounded resource (password hashing) is full: shed, not queued; nothing was changed. */
    @Singleton
    ExceptionHandler<BusyException, HttpResponse<Problem>> busy() {
        return (request, e) -> Problems.response(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
