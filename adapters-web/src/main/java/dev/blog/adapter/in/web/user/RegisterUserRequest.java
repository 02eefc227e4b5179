package dev.blog.adapter.in.web.user;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.blog.adapter.in.web.validation.Characters;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Username;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/users}. The constraints repeat the domain's rules, by its constants, so
 * that a client learns of every invalid field at once; the domain still has the last word. Any other
 * field ({@code role}, {@code active}, ...) is refused with a 400 naming it, never ignored.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record RegisterUserRequest(
        @Schema(description = "Letters, digits, '_', '.' and '-'; unique, whatever the case", example = "ada")
        @NotNull @Size(min = Username.MIN_LENGTH, max = Username.MAX_LENGTH)
        @Pattern(regexp = Username.ALLOWED, message = "may contain only letters, digits, '_', '.' and '-'")
        String username,
        @NotNull @Schema(description = "Unique, whatever the case", example = "ada@example.com",
                maxLength = Email.MAX_LENGTH) @Characters(max = Email.MAX_LENGTH)
        @jakarta.validation.constraints.Email String email,
        @NotNull @Schema(description = "Stored only as an Argon2id hash, never shown again", example = "correct-horse",
                minLength = Password.MIN_LENGTH, maxLength = Password.MAX_LENGTH, format = "password")
        @Characters(min = Password.MIN_LENGTH, max = Password.MAX_LENGTH) String password,
        @Nullable @Schema(example = "Ada Lovelace", maxLength = FullName.MAX_LENGTH) @Characters(max = FullName.MAX_LENGTH) String fullName,
        @Nullable @Schema(example = "First programmer", maxLength = Bio.MAX_LENGTH) @Characters(max = Bio.MAX_LENGTH) String bio,
        @Nullable @Schema(description = "An absolute http(s) URL", example = "https://example.com/ada.png",
                maxLength = ImageUrl.MAX_LENGTH) @Characters(max = ImageUrl.MAX_LENGTH) String imageUrl) {

    /** Never print the password, not even in a debug log of the request. */
    @Override
    public String toString() {
        return "RegisterUserRequest[username=" + username + ", email=" + email + "]";
    }
}
