package dev.blog.adapter.in.common.access;

import dev.blog.domain.user.User;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Issues the signed JWTs of {@code POST /api/auth/login}: the subject is the user's id, and {@value #EPOCH_CLAIM}
 * the user's token epoch, so that a revocation (which advances the epoch) ends every earlier token. The
 * role is not in the token: it is read from the database on each request, so that withdrawing it takes
 * effect at once.
 */
@Singleton
public final class AccessTokens {

    static final String EPOCH_CLAIM = "tep";

    private final TokenGenerator generator;
    private final int lifetimeSeconds;

    AccessTokens(TokenGenerator generator, AccessTokenConfiguration configuration) {
        this.generator = generator;
        this.lifetimeSeconds = configuration.getExpiration();
    }

    public String issue(User user) {
        Authentication subject = Authentication.build(Long.toString(user.requireId().value()),
                Map.of(EPOCH_CLAIM, user.tokenEpoch()));
        return generator.generateToken(subject, lifetimeSeconds)
                .orElseThrow(() -> new IllegalStateException("no token could be signed"));
    }

    public int lifetimeSeconds() {
        return lifetimeSeconds;
    }
}
