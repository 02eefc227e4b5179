package dev.blog.adapter.in.web.problem;

import dev.blog.adapter.in.web.json.WrongJsonTypeException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Renders every error the framework produces (unknown route, wrong method or media type, unreadable
 * body, unconvertible parameter, unexpected failure) as problem+json. Details are written here from
 * the kind of failure, never copied from an exception, so no class name or internal message leaks.
 */
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        String path = context.getRequest().getPath();
        Optional<Throwable> cause = context.getRootCause();
        Problem problem = switch (status) {
            case BAD_REQUEST -> badRequest(cause);
            case NOT_FOUND -> Problem.of(404, status.getReason(), "There is no resource at " + path);
            case METHOD_NOT_ALLOWED -> Problem.of(405, status.getReason(),
                    "Method " + context.getRequest().getMethodName() + " is not allowed on " + path);
            case UNSUPPORTED_MEDIA_TYPE -> Problem.of(415, status.getReason(),
                    "Content type " + context.getRequest().getContentType().map(Object::toString).orElse("(none)")
                            + " is not supported here; send application/json");
            case NOT_ACCEPTABLE -> Problem.of(406, status.getReason(),
                    "This resource can only be represented as application/json");
            default -> Problem.of(status.getCode(), status.getReason(), status.getCode() >= 500
                    ? "The server could not complete the request"
                    : status.getReason());
        };
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private static Problem badRequest(Optional<Throwable> cause) {
        Optional<WrongJsonTypeException> wrongType = cause.flatMap(ProblemErrorResponseProcessor::wrongJsonType);
        if (wrongType.isPresent()) {
            return Problem.invalid(wrongType.get().field(), wrongType.get().expected());
        }
        if (cause.isPresent() && cause.get() instanceof ConversionErrorException conversion
                && !conversion.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)) {
            return Problem.invalid(conversion.getArgument().getName(), "has the wrong type or format");
        }
        if (cause.isPresent() && cause.get() instanceof UnsatisfiedRouteException unsatisfied) {
            if (unsatisfied.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)) {
                return Problem.of(400, "Bad Request", "A JSON request body is required");
            }
            return Problem.invalid(unsatisfied.getArgument().getName(), "is required");
        }
        return Problem.of(400, "Bad Request",
                "The request body is not valid JSON or does not have the expected structure and types");
    }

    private static Optional<WrongJsonTypeException> wrongJsonType(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WrongJsonTypeException wrongType) {
                return Optional.of(wrongType);
            }
        }
        return Optional.empty();
    }
}
