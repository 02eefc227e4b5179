package dev.blog.adapter.in.web.user;

import dev.blog.adapter.in.web.validation.Characters;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Username;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.HashSet;
import java.util.Set;

/**
 * The body of {@code PATCH /api/users/{id}}, a JSON merge patch (RFC 7396). A record cannot tell an
 * absent field from an explicit {@code null}, and merge patch gives them different meanings (unchanged
 * versus cleared), so the setters record which fields the client sent.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(description = """
        A JSON merge patch (RFC 7396) of a user, sent as application/merge-patch+json or application/json. \
        An absent field stays unchanged; `null` clears `fullName`, `bio` or `imageUrl` and is invalid for every other \
        field. Changing one's own `password` or `email` needs `currentPassword`; `active` and `role` are for \
        admins only.""")
public final class UpdateUserRequest {

    private final Set<String> sent = new HashSet<>();

    // nullable = false: the getters answer null for an absent field, which would otherwise document null
    // as a valid value, and the contract makes it a 400.
    @Schema(description = "Letters, digits, '_', '.' and '-'; null is invalid", example = "ada_l", nullable = false)
    @Size(min = Username.MIN_LENGTH, max = Username.MAX_LENGTH)
    @Pattern(regexp = Username.ALLOWED, message = "may contain only letters, digits, '_', '.' and '-'")
    private String username;
    @Schema(description = "null is invalid", example = "ada@example.org", nullable = false, maxLength = Email.MAX_LENGTH)
    @Characters(max = Email.MAX_LENGTH)
    @jakarta.validation.constraints.Email
    private String email;
    @Schema(description = "null is invalid", example = "battery-staple", format = "password", nullable = false,
            minLength = Password.MIN_LENGTH, maxLength = Password.MAX_LENGTH)
    @Characters(min = Password.MIN_LENGTH, max = Password.MAX_LENGTH)
    private String password;
    @Schema(description = "An absolute http(s) URL; null clears it", example = "https://example.com/ada.png",
            maxLength = ImageUrl.MAX_LENGTH)
    @Characters(max = ImageUrl.MAX_LENGTH)
    private String imageUrl;

    @Schema(description = "null clears it", example = "Augusta Ada King", maxLength = FullName.MAX_LENGTH)
    @Characters(max = FullName.MAX_LENGTH)
    private String fullName;
    @Schema(description = "null clears it", example = "Wrote the first program", maxLength = Bio.MAX_LENGTH)
    @Characters(max = Bio.MAX_LENGTH)
    private String bio;
    @Schema(nullable = false, description = "Needed to change one's own password or e-mail address",
            example = "correct-horse", minLength = Password.MIN_LENGTH, maxLength = Password.MAX_LENGTH)
    @Characters(min = 1, max = Password.MAX_LENGTH)
    private String currentPassword;
    @Schema(description = "false deactivates the account (admins only); null is invalid", example = "true",
            nullable = false)
    private Boolean active;
    @Schema(nullable = false, description = "Admins only", example = "ADMIN", allowableValues = {"USER", "ADMIN"})
    private String role;

    boolean sent(String field) {
        return sent.contains(field);
    }

    @Nullable
    public String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
        sent.add("username");
    }

    @Nullable
    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
        sent.add("email");
    }

    @Nullable
    public String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
        sent.add("password");
    }

    @Nullable
    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(@Nullable String imageUrl) {
        this.imageUrl = imageUrl;
        sent.add("imageUrl");
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(@Nullable String fullName) {
        this.fullName = fullName;
        sent.add("fullName");
    }

    @Nullable
    public String getBio() {
        return bio;
    }

    public void setBio(@Nullable String bio) {
        this.bio = bio;
        sent.add("bio");
    }

    @Nullable
    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(@Nullable String currentPassword) {
        this.currentPassword = currentPassword;
        sent.add("currentPassword");
    }

    @Nullable
    public String getRole() {
        return role;
    }

    public void setRole(@Nullable String role) {
        this.role = role;
        sent.add("role");
    }

    @Nullable
    public Boolean getActive() {
        return active;
    }

    public void setActive(@Nullable Boolean active) {
        this.active = active;
        sent.add("active");
    }

    /** Never print the password, not even in a debug log of the request. */
    @Override
    public String toString() {
        return "UpdateUserRequest" + sent;
    }
}
