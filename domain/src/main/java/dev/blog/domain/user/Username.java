package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.Text;

import java.util.regex.Pattern;

/**
 * A login name. ASCII only on purpose: look-alike letters from other scripts would let one user
 * impersonate another while passing the case-insensitive uniqueness check.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 50;
    public static final String ALLOWED = "^[A-Za-z0-9_.-]+$";
    private static final Pattern ALLOWED_PATTERN = Pattern.compile(ALLOWED);

    public Username {
        Text.requireLength("username", value, MIN_LENGTH, MAX_LENGTH);
        if (!ALLOWED_PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("username", "may contain only letters, digits, '_', '.' and '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
