package dev.blog.adapter.in.realworld.error;

import dev.blog.adapter.in.common.error.SurfaceErrors;
import dev.blog.adapter.in.common.json.WrongJsonTypeException;
import dev.blog.adapter.in.realworld.ConduitApi;
import dev.blog.application.shared.StoreUnavailableException;
import dev.blog.domain.access.AccessDeniedException;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.access.InvalidCredentialsException;
import dev.blog.domain.access.LoginThrottledException;
import dev.blog.domain.shared.BusyException;
import dev.blog.domain.shared.ConflictException;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.VersionMismatchException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.netty.handler.codec.DecoderException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every error of a request under /conduit, in the specification's format and with its statuses: 401 {@code
 * {"errors": {"token": ["is missing"]}}}, 403 {@code "forbidden"} and 404 {@code "not found"} under the
 * resource's name ({@code article}, {@code profile}, {@code comment}, {@code user}), 409 {@code "has already
 * been taken"} under the field, 422 for anything invalid ({@code "can't be blank"} for a missing field). The
 * core's field names are given as the specification calls them ({@code content} is {@code body}, ...).
 * Messages are written here from the kind of failure, never copied from an unexpected exception.
 *
 * <p>It answers every RealWorld request and nothing else: see {@link SurfaceErrors}.
 */
@Singleton
final class ConduitErrors implements SurfaceErrors {

    static final String NOT_FOUND = "not found";
    static final String FORBIDDEN = "forbidden";
    private static final Logger LOG = LoggerFactory.getLogger(ConduitErrors.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    /** The core's names of fields, as the specification calls them. */
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "imageUrl", "image", "content", "body", "summary", "description", "tags", "tagList", "tag", "tagList", "name", "tagList",
            "login", "email");
    /** The first word of the core's "not found" messages, as the specification's resource names. */
    private static final Map<String, String> RESOURCES = Map.of(
            "Post", "article", "User", "profile", "Comment", "comment", "Tag", "tag");

    @Override
    public boolean serves(HttpRequest<?> request) {
        return ConduitApi.serves(request.getPath());
    }

    @Override
    public MutableHttpResponse<?> exception(HttpRequest<?> request, Throwable error) {
        if (error instanceof ConduitException refusal) {
            return response(refusal.status(), refusal.errors());
        }
        if (error instanceof InvalidValueException invalid) {
            // The core names an id its RealWorld request does not have (the path names the resource instead).
            String field = "id".equals(invalid.field()) ? resourceOf(request) : fieldName(invalid.field());
            return response(422, field, invalid.getMessage());
        }
        if (error instanceof NotFoundException notFound) {
            String word = notFound.getMessage().split(" ", 2)[0];
            return response(404, RESOURCES.getOrDefault(word, resourceOf(request)), NOT_FOUND);
        }
        if (error instanceof ConflictException conflict) {
            return response(409, fieldName(conflict.field()), "has already been taken");
        }
        if (error instanceof AccessDeniedException) {
            return response(403, resourceOf(request), FORBIDDEN);
        }
        if (error instanceof AuthenticationRequiredException) {
            return unauthorized(request);
        }
        if (error instanceof AuthorizationException refused) {
            return refused.isForbidden() ? response(403, resourceOf(request), FORBIDDEN) : unauthorized(request);
        }
        if (error instanceof InvalidCredentialsException) {
            return response(401, "email or password", "is invalid");
        }
        if (error instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            return response(429, "email or password", "had too many failed logins; try again in " + seconds + " s")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        if (error instanceof VersionMismatchException) {
            return response(409, resourceOf(request), "was changed meanwhile; read it again");
        }
        if (error instanceof StoreUnavailableException) {
            LOG.warn("{} {} failed: the database is unavailable", request.getMethodName(), request.getPath());
            return unavailable("is unavailable; nothing was changed, try again shortly");
        }
        if (error instanceof BusyException) {
            return unavailable("is busy; nothing was changed, try again shortly");
        }
        if (error instanceof ConstraintViolationException violations) {
            Map<String, List<String>> errors = new TreeMap<>();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                errors.computeIfAbsent(fieldName(lastNode(violation)), field -> new java.util.ArrayList<>())
                        .add(violation.getMessage());
            }
            return response(422, errors);
        }
        if (error instanceof ContentLengthExceededException) {
            return status(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, error);
        }
        if (error instanceof HttpStatusException status) {
            return status(request, status.getStatus(), error);
        }
        if (unreadableInput(error)) {
            return status(request, HttpStatus.BAD_REQUEST, error);
        }
        LOG.error("{} {} failed unexpectedly", request.getMethodName(), request.getPath(), error);
        return response(500, "server", "could not complete the request");
    }

    @Override
    public MutableHttpResponse<?> status(HttpRequest<?> request, HttpStatus status, @Nullable Throwable cause) {
        return switch (status) {
            case BAD_REQUEST -> badRequest(cause);
            case UNAUTHORIZED -> unauthorized(request);
            case FORBIDDEN -> response(403, resourceOf(request), FORBIDDEN);
            case NOT_FOUND -> response(404, resourceOf(request), NOT_FOUND);
            case METHOD_NOT_ALLOWED -> response(405, "method", request.getMethodName() + " is not allowed here");
            case UNSUPPORTED_MEDIA_TYPE -> response(415, "body", "must be sent as application/json");
            case NOT_ACCEPTABLE -> response(406, "body", "can only be application/json");
            case REQUEST_ENTITY_TOO_LARGE -> response(413, "body", "is larger than the service accepts")
                    .header(HttpHeaders.CONNECTION, "close");
            case SERVICE_UNAVAILABLE -> unavailable("is busy; try again shortly");
            default -> response(status.getCode(), status.getCode() >= 500 ? "server" : "request",
                    status.getCode() >= 500 ? "could not complete the request" : status.getReason().toLowerCase(Locale.ROOT));
        };
    }

    /** A body or parameter the framework could not read or convert: the client's mistake, never a 500. */
    private static boolean unreadableInput(Throwable error) {
        for (Throwable failure = error; failure != null; failure = failure.getCause()) {
            if (failure instanceof UnsatisfiedRouteException || failure instanceof ConversionErrorException
                    || failure instanceof JsonSyntaxException || failure instanceof SerdeException
                    || failure instanceof CodecException || failure instanceof DecoderException) {
                return true;
            }
        }
        return false;
    }

    /** A body that is no JSON of the expected shape; the specification answers invalid input with 422. */
    private MutableHttpResponse<?> badRequest(@Nullable Throwable cause) {
        for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
            if (failure instanceof WrongJsonTypeException wrongType) {
                return response(422, fieldName(wrongType.field()), wrongType.expected());
            }
        }
        if (cause instanceof ConversionErrorException conversion
                && !conversion.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)) {
            return response(422, conversion.getArgument().getName(), "has the wrong type or format");
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            return response(422, unsatisfied.getArgument().getName(), ConduitException.BLANK);
        }
        return response(422, "body", "is not valid JSON of the expected structure and types");
    }

    /** "is missing" without an Authorization header; "is invalid" for one that is no valid, current token. */
    private static MutableHttpResponse<?> unauthorized(HttpRequest<?> request) {
        boolean sent = request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        return response(401, "token", sent ? "is invalid" : "is missing")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Token");
    }

    private static MutableHttpResponse<?> unavailable(String message) {
        return response(503, "server", message).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    /** The resource a path names, for the keys of 403 and 404: the specification's "article", "profile", ... */
    static String resourceOf(HttpRequest<?> request) {
        String path = request.getPath();
        String api = ConduitApi.PATH + "/";
        if (!path.startsWith(api)) {
            return "resource";
        }
        String[] segments = path.substring(api.length()).split("/");
        if (segments[0].equals("articles")) {
            return segments.length > 2 && segments[2].equals("comments") ? "comment" : "article";
        }
        return switch (segments[0]) {
            case "profiles" -> "profile";
            case "user", "users" -> "user";
            case "tags" -> "tag";
            default -> "resource";
        };
    }

    private static String fieldName(String field) {
        return field == null ? "body" : FIELD_NAMES.getOrDefault(field, field);
    }

    private static String lastNode(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        return field == null ? "body" : field;
    }

    private static MutableHttpResponse<ConduitErrorResponse> response(int status, String field, String message) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put(field, List.of(message));
        return response(status, errors);
    }

    private static MutableHttpResponse<ConduitErrorResponse> response(int status, Map<String, List<String>> errors) {
        return HttpResponse.<ConduitErrorResponse>status(HttpStatus.valueOf(status))
                .body(new ConduitErrorResponse(errors))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
