package dev.blog.bootstrap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import dev.blog.testsupport.http.TestAccounts;
import dev.blog.testsupport.http.TestAccounts.Account;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens, revocation, throttling and the admin bootstrap of the built service, on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityEndToEndTest implements TestPropertyProvider {

    private static final String SECRET = "an-end-to-end-secret-of-more-than-32-bytes";

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("blog.jwt.secret", SECRET);
        return properties;
    }

    @BeforeEach
    void setUp() {
        TestDatabase.get().truncateAllTables();
        api = new ApiClient(server.getURI());
    }

    private static void assertUnauthorized(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("Bearer");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_token_works_until_its_user_logs_out_and_a_new_login_in_the_same_second_works() {
        Account ada = TestAccounts.user(api, "ada");
        assertThat(ada.client().get("/api/users/me").status()).isEqualTo(200);

        assertThat(ada.client().post("/api/auth/logout", null).status()).isEqualTo(204);

        assertUnauthorized(ada.client().get("/api/users/me"));
        assertThat(api.loggedIn("ada", TestAccounts.PASSWORD).get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    void a_new_password_deactivation_and_deletion_revoke_every_token() {
        Account admin = TestAccounts.admin(api, "root");
        Account ada = TestAccounts.user(api, "ada");
        Account grace = TestAccounts.user(api, "grace");
        Account linus = TestAccounts.user(api, "linus");

        ada.client().patch("/api/users/" + ada.id(), """
                {"password": "a-brand-new-password", "currentPassword": "%s"}""".formatted(TestAccounts.PASSWORD));
        admin.client().patch("/api/users/" + grace.id(), "{\"active\": false}");
        linus.client().delete("/api/users/" + linus.id());

        assertUnauthorized(ada.client().get("/api/users/me"));
        assertUnauthorized(grace.client().get("/api/users/me"));
        assertUnauthorized(linus.client().get("/api/users/me"));
        assertThat(api.post("/api/auth/login", """
                {"login": "grace", "password": "%s"}""".formatted(TestAccounts.PASSWORD)).status())
                .as("a deactivated account cannot log in").isEqualTo(401);
        assertThat(admin.client().get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    void wrong_current_passwords_count_with_failed_logins_so_a_stolen_token_cannot_guess_the_password() {
        Account ada = TestAccounts.user(api, "ada");
        for (int i = 0; i < 5; i++) {
            ApiResponse wrong = ada.client().patch("/api/users/" + ada.id(), """
                    {"password": "a-brand-new-password", "currentPassword": "wrong-guess-%d"}""".formatted(i));
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        }

        ApiResponse locked = ada.client().patch("/api/users/" + ada.id(), """
                {"password": "a-brand-new-password", "currentPassword": "%s"}""".formatted(TestAccounts.PASSWORD));
        assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds))
                .isPositive());
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/auth/login", """
                {"login": "ada", "password": "%s"}""".formatted(TestAccounts.PASSWORD)).status())
                .as("the same lock as logins").isEqualTo(429);
        assertThat(ada.client().get("/api/users/me").status()).as("the token itself still works").isEqualTo(200);
    }

    @Test
    void withdrawing_the_admin_role_takes_effect_at_once() {
        Account root = TestAccounts.admin(api, "root");
        Account other = TestAccounts.admin(api, "other");
        assertThat(other.client().get("/pool").status()).isEqualTo(200);

        root.client().patch("/api/users/" + other.id(), "{\"role\": \"USER\"}");

        assertThat(other.client().get("/pool").status()).isEqualTo(403);
    }

    @Test
    void expired_tampered_foreign_and_unsigned_tokens_are_401() throws Exception {
        Account ada = TestAccounts.user(api, "ada");
        Instant now = Instant.now();
        JWTClaimsSet live = claims(ada.id(), now.plusSeconds(600));

        assertThat(api.withToken(signed(live, SECRET)).get("/api/users/me").status())
                .as("a token made as the service makes them").isEqualTo(200);
        assertUnauthorized(api.withToken(signed(claims(ada.id(), now.minusSeconds(5)), SECRET)).get("/api/users/me"));
        assertUnauthorized(api.withToken(signed(live, "another-secret-of-more-than-32-bytes!!")).get("/api/users/me"));
        assertUnauthorized(api.withToken(new PlainJWT(live).serialize()).get("/api/users/me"));
        String token = signed(live, SECRET);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertUnauthorized(api.withToken(tampered).get("/api/users/me"));
        assertUnauthorized(api.withToken("garbage").get("/api/users/me"));
        assertUnauthorized(api.send("GET", "/api/users/me", null, null, Map.of("Authorization", "Basic YTpi")));
    }

    @Test
    void a_public_operation_treats_an_invalid_token_as_no_token() {
        assertThat(api.withToken("garbage").get("/api/users").status()).isEqualTo(200);
    }

    private static JWTClaimsSet claims(long userId, Instant expiry) {
        return new JWTClaimsSet.Builder().subject(Long.toString(userId)).claim("tep", 0L)
                .issueTime(new Date()).expirationTime(Date.from(expiry)).build();
    }

    private static String signed(JWTClaimsSet claims, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void six_wrong_passwords_alternating_between_two_instances_lock_the_account_for_everyone() {
        TestAccounts.user(api, "ada");
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(getProperties()))) {
            ApiClient[] instances = {api, new ApiClient(second.getURI())};
            String wrong = "{\"login\": \"ada\", \"password\": \"wrong-password\"}";
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(instances[attempt % 2].post("/api/auth/login", wrong).status()).isEqualTo(401);
            }

            ApiResponse sixth = instances[1].post("/api/auth/login", wrong);
            ApiResponse rightOnTheOther = instances[0].post("/api/auth/login", """
                    {"login": "ADA@example.com", "password": "%s"}""".formatted(TestAccounts.PASSWORD));

            for (ApiResponse throttled : new ApiResponse[]{sixth, rightOnTheOther}) {
                assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
                assertThat(throttled.contentType()).startsWith("application/problem+json");
                assertThat(Long.parseLong(throttled.header("Retry-After").orElseThrow())).isBetween(1L, 900L);
            }
        }
    }

    @Test
    void the_admin_from_the_configuration_is_created_and_can_log_in() {
        Map<String, String> properties = new HashMap<>(getProperties());
        properties.put("blog.admin.username", "boss");
        properties.put("blog.admin.email", "boss@example.com");
        properties.put("blog.admin.password", "the-boss-password");
        try (EmbeddedServer withAdmin = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(properties))) {
            ApiClient client = new ApiClient(withAdmin.getURI());
            ApiResponse me = client.loggedIn("boss", "the-boss-password").get("/api/users/me");

            assertThat(me.json().get("role").asText()).isEqualTo("ADMIN");
            assertThat(client.loggedIn("boss", "the-boss-password").get("/pool").status()).isEqualTo(200);
        }
    }
}
