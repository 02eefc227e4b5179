package dev.blog.bootstrap.access;

import com.nimbusds.jose.JWSAlgorithm;
import dev.blog.adapter.in.web.Cursors;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs and checks access tokens (HS256): {@code BLOG_JWT_SECRET}, at least 32 bytes, the same
 * on every instance. Without it the service makes one at start and says loudly that its tokens will not
 * survive a restart nor work on another instance; a shorter one stops the start, since a short HMAC key
 * can be guessed offline from any token. Created with the context ({@code @Context}), so that a bad secret
 * fails the start rather than the first login.
 */
@Factory
class TokenSigningFactory {

    static final int MIN_SECRET_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(TokenSigningFactory.class);

    // Declared as the interface: SecretSignature itself is an @EachBean of configuration properties, and a
    // factory method returning it would inherit that and make no bean at all (and unsigned tokens pass).
    @Context
    @Named("generator")
    SignatureGeneratorConfiguration tokenSignature(ServiceSecret secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setSecret(secret.value());
        return new SecretSignature(configuration);
    }

    @Context
    ServiceSecret serviceSecret(@Value("${blog.jwt.secret:}") String secret) {
        return new ServiceSecret(secret.isEmpty() ? generatedSecret() : checked(secret));
    }

    /**
     * Page cursors are signed with a key of their own, derived from the same secret: every instance that
     * accepts a token also accepts a cursor, with no second secret to deploy, and a cursor signature says
     * nothing about the token key.
     */
    @Singleton
    Cursors cursors(ServiceSecret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new Cursors(mac.doFinal("blog page cursors".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The secret the service signs with; never printed. */
    record ServiceSecret(String value) {
        @Override
        public String toString() {
            return "ServiceSecret[****]";
        }
    }

    private static String checked(String secret) {
        int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_SECRET_BYTES) {
            throw new ConfigurationException("BLOG_JWT_SECRET is " + bytes + " bytes long; it must have at least "
                    + MIN_SECRET_BYTES + " (for example: openssl rand -base64 48)");
        }
        return secret;
    }

    private static String generatedSecret() {
        LOG.warn("BLOG_JWT_SECRET is not set: signing access tokens with a key generated at start. Tokens will stop"
                + " working when the service restarts and will not work on other instances; set BLOG_JWT_SECRET to"
                + " at least {} random bytes (for example: openssl rand -base64 48).", MIN_SECRET_BYTES);
        byte[] key = new byte[48];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
