package dev.blog.adapter.in.web.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.blog.adapter.in.web.validation.Characters;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.Password;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/auth/login}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record LoginRequest(
        @NotNull @Schema(description = "The username or the e-mail address, in any case", example = "ada",
                maxLength = Email.MAX_LENGTH)
        @Characters(min = 1, max = Email.MAX_LENGTH) String login,
        @NotNull @Schema(example = "correct-horse", minLength = Password.MIN_LENGTH, maxLength = Password.MAX_LENGTH)
        @Characters(min = 1, max = Password.MAX_LENGTH) String password) {

    /** Never print the password, not even in a debug log of the request. */
    @Override
    public String toString() {
        return "LoginRequest[login=" + login + "]";
    }
}
