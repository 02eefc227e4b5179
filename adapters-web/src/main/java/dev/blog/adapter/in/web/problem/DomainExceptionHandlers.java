package dev.blog.adapter.in.web.problem;

import dev.blog.domain.shared.ConflictException;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.NotFoundException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** The domain's refusals as HTTP statuses: invalid value 400, missing 404, uniqueness 409. */
@Factory
final class DomainExceptionHandlers {

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
}
