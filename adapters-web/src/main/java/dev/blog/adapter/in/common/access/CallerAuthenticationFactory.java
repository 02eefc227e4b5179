package dev.blog.adapter.in.common.access;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.blog.application.access.port.in.IdentifyCallerUseCase;
import dev.blog.domain.user.UserId;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/**
 * Turns a token whose signature and expiry Micronaut Security has checked into the caller it stands for,
 * or into nobody when it was revoked: one lookup of the user by primary key per authenticated request
 * (run on the blocking executor, see {@code reactive-validator-execute-on-blocking}). The roles come from
 * that lookup, not from the token.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
final class CallerAuthenticationFactory implements JwtAuthenticationFactory {

    private final IdentifyCallerUseCase identifyCaller;

    CallerAuthenticationFactory(IdentifyCallerUseCase identifyCaller) {
        this.identifyCaller = identifyCaller;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            Long epoch = claims.getLongClaim(AccessTokens.EPOCH_CLAIM);
            if (claims.getSubject() == null || epoch == null) {
                return Optional.empty();
            }
            UserId userId = new UserId(Long.parseLong(claims.getSubject()));
            return identifyCaller.identify(userId, epoch).map(actor -> Authentication.build(claims.getSubject(),
                    List.of(actor.isAdmin() ? Callers.ADMIN : Callers.USER)));
        } catch (ParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
