package dev.blog.adapter.in.web.problem;

import dev.blog.domain.access.AccessDeniedException;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.access.InvalidCredentialsException;
import dev.blog.domain.access.LoginThrottledException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Identity and access as HTTP: no valid token where one is needed 401 (with {@code WWW-Authenticate:
 * Bearer}, RFC 6750), known but not allowed 403, failed login 401, throttled login 429 with
 * {@code Retry-After}. Both Micronaut Security's refusals and the core's end up here.
 */
@Factory
final class AccessExceptionHandlers {

    static final String BEARER = "Bearer";
    private static final String NEEDS_TOKEN = "This operation needs a valid access token: log in with"
            + " POST /api/auth/login and send it as 'Authorization: Bearer <token>'";
    private static final String NOT_ALLOWED = "You may not do this";

    @Singleton
    @Replaces(DefaultAuthorizationExceptionHandler.class)
    ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> securityRefusal() {
        return (request, e) -> e.isForbidden()
                ? Problems.response(HttpStatus.FORBIDDEN, NOT_ALLOWED)
                : unauthorized(NEEDS_TOKEN);
    }

    @Singleton
    ExceptionHandler<AuthenticationRequiredException, HttpResponse<Problem>> authenticationRequired() {
        return (request, e) -> unauthorized(NEEDS_TOKEN);
    }

    @Singleton
    ExceptionHandler<AccessDeniedException, HttpResponse<Problem>> accessDenied() {
        return (request, e) -> Problems.response(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @Singleton
    ExceptionHandler<InvalidCredentialsException, HttpResponse<Problem>> invalidCredentials() {
        return (request, e) -> unauthorized(e.getMessage());
    }

    @Singleton
    ExceptionHandler<LoginThrottledException, HttpResponse<Problem>> loginThrottled() {
        return (request, e) -> {
            long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
            return Problems.response(HttpStatus.TOO_MANY_REQUESTS, e.getMessage() + " (in " + seconds + " s)")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        };
    }

    private static MutableHttpResponse<Problem> unauthorized(String detail) {
        return Problems.response(HttpStatus.UNAUTHORIZED, detail).header(HttpHeaders.WWW_AUTHENTICATE, BEARER);
    }
}
