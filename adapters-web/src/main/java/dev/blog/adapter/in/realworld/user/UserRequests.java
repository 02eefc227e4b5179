package dev.blog.adapter.in.realworld.user;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.HashSet;
import java.util.Set;

/**
 * The bodies of the user operations, each wrapped in {@code {"user": {...}}}. Every field is nullable here so
 * that a missing one is a 422 "can't be blank" naming it, not a framework error. Fields a RealWorld client
 * sends beyond these (a front end echoing {@code token}, say) are ignored: none of them could set anything
 * the client may not. Passwords never appear in {@code toString}.
 */
final class UserRequests {

    private UserRequests() {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Registration(@Nullable NewUser user) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NewUser(@Nullable String username, @Nullable String email, @Nullable String password) {

        @Override
        public String toString() {
            return "NewUser[username=" + username + ", email=" + email + "]";
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Login(@Nullable LoginUser user) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LoginUser(@Nullable String email, @Nullable String password) {

        @Override
        public String toString() {
            return "LoginUser[email=" + email + "]";
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Update(@Nullable UpdateUser user) {
    }

    /**
     * PUT /user: only the fields sent change. The setters record which were sent, because an absent {@code bio}
     * stays while {@code null} (or {@code ""}) clears it. {@code currentPassword} is this service's addition to
     * the specification: the core asks for it to change one's own password or e-mail address.
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class UpdateUser {

        private final Set<String> sent = new HashSet<>();
        private String email;
        private String username;
        private String password;
        private String currentPassword;
        private String bio;
        private String image;

        boolean sent(String field) {
            return sent.contains(field);
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
        public String getUsername() {
            return username;
        }

        public void setUsername(@Nullable String username) {
            this.username = username;
            sent.add("username");
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
        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(@Nullable String currentPassword) {
            this.currentPassword = currentPassword;
            sent.add("currentPassword");
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
        public String getImage() {
            return image;
        }

        public void setImage(@Nullable String image) {
            this.image = image;
            sent.add("image");
        }

        @Override
        public String toString() {
            return "UpdateUser" + sent;
        }
    }
}
