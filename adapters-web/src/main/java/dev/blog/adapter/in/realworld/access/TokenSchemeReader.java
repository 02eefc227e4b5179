package dev.blog.adapter.in.realworld.access;

import dev.blog.adapter.in.realworld.ConduitApi;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.HttpHeaderTokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The RealWorld specification's {@code Authorization: Token <jwt>}: the same signed tokens as the blog API's
 * bearer tokens, under another scheme name, read on the RealWorld paths only (the blog API stays bearer-only).
 * Micronaut Security validates what this finds exactly as it validates a bearer token.
 */
@Singleton
final class TokenSchemeReader extends HttpHeaderTokenReader {

    static final String SCHEME = "Token";

    @Override
    protected String getPrefix() {
        return SCHEME;
    }

    @Override
    protected String getHeaderName() {
        return HttpHeaders.AUTHORIZATION;
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return ConduitApi.serves(request.getPath()) ? super.findToken(request) : Optional.empty();
    }
}
