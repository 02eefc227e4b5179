package dev.blog.adapter.in.web.problem;

import dev.blog.adapter.in.web.RequestIds;
import dev.blog.adapter.in.common.json.WrongJsonTypeException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders every error the framework produces (unknown route, wrong method or media type, unreadable
 * body, unconvertible parameter, unexpected failure) as problem+json. Details are written here from
 * the kind of failure, never copied from an exception, so no class name or internal message leaks.
 *
 * <p>Some of these responses never pass the server's filters (a request line too long to parse has no
 * route), so the request id is set here too. A request refused for its size leaves the rest of its bytes
 * unread: the connection is closed rather than drained.
 */
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]{1,100})] encountered");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        HttpStatus status = sizeStatus(request, response.status());
        String path = request.getPath();
        Optional<Throwable> cause = context.getRootCause();
        Problem problem = switch (status) {
            case BAD_REQUEST -> badRequest(cause);
            case REQUEST_ENTITY_TOO_LARGE -> Problem.of(413, status.getReason(),
                    "The request body is larger than the service accepts");
            case REQUEST_URI_TOO_LONG -> Problem.of(414, status.getReason(),
                    "The request line is longer than the service accepts");
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> Problem.of(431, status.getReason(),
                    "The request headers are larger than the service accepts");
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
        response.status(status).header(RequestIds.HEADER, RequestIds.of(request));
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE || status == HttpStatus.REQUEST_URI_TOO_LONG
                || status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) {
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    /**
     * The framework answers 413 for every part of a request that is too large; a request line or headers
     * over the decoder's limits are 414 and 431.
     */
    private static HttpStatus sizeStatus(HttpRequest<?> request, HttpStatus status) {
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE && request instanceof NettyHttpRequest<?> netty) {
            Throwable decoderFailure = netty.getNativeRequest().decoderResult().cause();
            if (decoderFailure instanceof TooLongHttpLineException) {
                return HttpStatus.REQUEST_URI_TOO_LONG;
            }
            if (decoderFailure instanceof TooLongHttpHeaderException) {
                return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            }
        }
        return status;
    }

    private static Problem badRequest(Optional<Throwable> cause) {
        if (cause.isPresent() && cause.get() instanceof URISyntaxException) {
            return Problem.of(400, "Bad Request", "The request URI is malformed: a '%' must be followed by two"
                    + " hexadecimal digits, and some characters must be written as such escapes");
        }
        Optional<WrongJsonTypeException> wrongType = cause.flatMap(ProblemErrorResponseProcessor::wrongJsonType);
        if (wrongType.isPresent()) {
            return Problem.invalid(wrongType.get().field(), wrongType.get().expected());
        }
        Optional<String> unknownField = cause.flatMap(ProblemErrorResponseProcessor::unknownField);
        if (unknownField.isPresent()) {
            return Problem.invalid(unknownField.get(), "is not a field of this request");
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
        return Problem.of(400, "Bad Request", "The request body is not valid JSON (each key at most once)"
                + " or does not have the expected structure and types");
    }

    /**
     * A field the request type does not have (mass assignment: {@code role} at registration, say), as
     * Micronaut Serde reports it when unknown fields are refused. Its message is the only place that names
     * the field; the name is what the client sent, so echoing it leaks nothing.
     */
    private static Optional<String> unknownField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerdeException && cause.getMessage() != null) {
                Matcher unknown = UNKNOWN_PROPERTY.matcher(cause.getMessage());
                if (unknown.lookingAt()) {
                    return Optional.of(unknown.group(1));
                }
            }
        }
        return Optional.empty();
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
